package onestop.system;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser without JavaScript, as far as the portal can tell: it keeps the cookies it is given, sends
 * each form with the CSRF token of the page it came from, and follows a redirect only when asked.
 */
final class PortalBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;

    /** A browser signed in through the sign-in page. */
    static PortalBrowser signedIn(String email, String password) {
        PortalBrowser browser = new PortalBrowser();
        browser.get("/sign-in");
        Response signedIn = browser.post("/sign-in", Map.of("email", email, "password", password));
        if (signedIn.statusCode() != 303) {
            throw new AssertionError("sign-in as " + email + " answered " + signedIn.statusCode());
        }
        browser.get("/account");
        return browser;
    }

    Response get(String path) {
        Response page = request().get(path);
        keep(page);
        Matcher token = CSRF.matcher(page.asString());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** Posts a form with the CSRF token of the last page seen; a list value is a repeated field. */
    Response post(String path, Map<String, ?> fields) {
        Map<String, Object> form = new HashMap<>(fields);
        if (csrf != null) {
            form.putIfAbsent("csrf", csrf);
        }
        return postExactly(path, form);
    }

    /** Posts exactly these fields: no CSRF token unless one is among them. */
    Response postExactly(String path, Map<String, ?> fields) {
        RequestSpecification request = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        Response answer = request.post(path);
        keep(answer);
        return answer;
    }

    /** Where a redirect goes, as a path on this site. */
    static String location(Response redirect) {
        URI uri = URI.create(redirect.header("Location"));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Follows one redirect with a GET. */
    Response follow(Response redirect) {
        if (redirect.statusCode() != 303) {
            throw new AssertionError("expected a redirect (303), got " + redirect.statusCode() + ": "
                    + redirect.asString());
        }
        return get(location(redirect));
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).accept("text/html").cookies(cookies);
    }

    private void keep(Response answer) {
        answer.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
    }
}
