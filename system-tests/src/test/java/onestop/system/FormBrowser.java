package onestop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A browser without JavaScript, as far as the portal can tell: it keeps the cookies it is given, sends
 * each form with the CSRF token of the page it came from, and follows a redirect only when asked. It
 * remembers the last answer, so a test can read the page it is looking at ({@link #page()}, {@link #hidden}).
 */
final class FormBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();
    private String csrf;
    private Response last;
    private String page = "";

    /** A browser signed in through the sign-in page. */
    static FormBrowser signedIn(String email, String password) {
        FormBrowser browser = new FormBrowser();
        browser.get("/sign-in");
        Response signedIn = browser.post("/sign-in", Map.of("email", email, "password", password));
        if (signedIn.statusCode() != 303) {
            throw new AssertionError("sign-in as " + email + " answered " + signedIn.statusCode());
        }
        browser.get("/account");
        return browser;
    }

    /** A browser whose visitor has just created an account for a new business, and sees its dashboard. */
    static FormBrowser newBusiness(String name) {
        FormBrowser browser = new FormBrowser();
        browser.get("/create-account");
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        Response created = browser.post("/create-account", Map.of("email", email, "password", Api.PASSWORD,
                "businessName", name, "postcode", "B1 1BB"));
        assertThat(created.asString()).as("what a new account sees").contains("Check your email");
        browser.get(RunningSystem.shared().mailbox().link(email, "/verify-email"));
        assertThat(browser.post("/verify-email", Map.of("token", RunningSystem.shared().mailbox()
                .token(email, "/verify-email"))).asString()).contains("Email address confirmed");
        browser.get("/sign-in");
        Response signedIn = browser.post("/sign-in", Map.of("email", email, "password", Api.PASSWORD));
        assertThat(signedIn.header("Location")).as("where a new account goes").endsWith("/dashboard");
        browser.follow(signedIn);
        return browser;
    }

    Response get(String path) {
        Response page = request().get(path);
        return shown(page);
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
        return shown(request.post(path));
    }

    /** Uploads a file as the documents page's form does, with the CSRF token of the last page seen. */
    Response upload(String path, String type, String fileName, String mediaType, byte[] content) {
        return shown(request().multiPart("csrf", csrf).multiPart("type", type)
                .multiPart("file", fileName, content, mediaType).when().post(path));
    }

    /** Opens a document link and checks the browser receives the file that was uploaded. */
    void downloads(String path) {
        Response file = request().when().get(path);
        assertThat(file.statusCode()).as("download of " + path).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(file.asByteArray()).isEqualTo(Api.PDF);
    }

    /** Where a redirect goes, as a path on this site. */
    static String location(Response redirect) {
        URI uri = URI.create(redirect.header("Location"));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Where the last answer redirected to, as a path on this site. */
    String location() {
        return location(last);
    }

    /** Follows one redirect with a GET. */
    Response follow(Response redirect) {
        if (redirect.statusCode() != 303) {
            throw new AssertionError("expected a redirect (303), got " + redirect.statusCode() + ": "
                    + redirect.asString());
        }
        return get(location(redirect));
    }

    /** The status of the last answer. */
    int status() {
        return last.statusCode();
    }

    /** The last page shown: redirects do not replace it. */
    String page() {
        return page;
    }

    /** The value of a hidden field of the last page shown. */
    String hidden(String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("hidden field " + name + " on the page").isTrue();
        return m.group(1).replace("&quot;", "\"");
    }

    /** The first link of the last page shown whose address matches {@code regex}. */
    String link(String regex) {
        Matcher m = Pattern.compile("href=\"(" + regex + ")\"").matcher(page);
        assertThat(m.find()).as("a link like " + regex).isTrue();
        return m.group(1);
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).accept("text/html").cookies(cookies);
    }

    private Response shown(Response answer) {
        answer.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        last = answer;
        if (answer.statusCode() != 303) {
            page = answer.asString();
            Matcher token = CSRF.matcher(page);
            if (token.find()) {
                csrf = token.group(1);
            }
        }
        return answer;
    }
}
