package onestop.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(PortalTestProfile.class)
class PortalPagesTest {

    @TestHTTPResource("/")
    URL portal;

    @Test
    void theStartPageSaysWhatYouCanDoHere() {
        given().accept("text/html").when().get("/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<title>Do business with the council – OneStop – Birmingham City Council</title>"))
                .body(containsString("href=\"/licences/apply\""))
                .body(containsString("href=\"/opportunities\""))
                .body(containsString("href=\"/licences/register\""))
                .body(containsString("href=\"/create-account\""))
                .body(containsString("govuk-phase-banner"));
    }

    @Test
    void theServicePagesArePublished() {
        given().when().get("/cookies").then().statusCode(200).body(containsString("onestop_session"));
        given().when().get("/privacy").then().statusCode(200).body(containsString("data controller"));
        given().when().get("/accessibility").then().statusCode(200)
                .body(containsString("Accessibility statement for OneStop"))
                .body(containsString("Enforcement procedure"));
    }

    @Test
    void anUnknownPageIsA404InTheServiceStyle() {
        given().accept("text/html,application/xhtml+xml").when().get("/no-such-page")
                .then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("Page not found"))
                .body(containsString("govuk-header"));
    }

    @Test
    void anUnknownApiAddressIsStillAProblemDocument() {
        given().accept("text/html").when().get("/api/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDesignSystemStylesAndFontsAreServed() {
        given().when().get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")
                .then().statusCode(200).contentType(startsWith("text/css"));
        given().when().get("/assets/images/favicon.ico")
                .then().statusCode(200);
        given().when().get("/portal/js/init.js")
                .then().statusCode(200).body(containsString("js-enabled"));
    }

    @Test
    void pagesWorkWithoutJavaScriptBecauseNothingNeedsIt() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<script type=\"module\" src=\"/portal/js/start.js\"></script>"))
                .body("html.head.title.size()", is(1));
    }

    @Test
    void searchFiltersThatCannotBeReadAreShownTheGovukWay() {
        given().queryParam("q", "roof repairs").when().get("/opportunities?minValue=lots&maxValue=&type=TENDER&smeSuitable=true")
                .then().statusCode(200)
                .body(containsString("<title>Error: Find contract opportunities"))
                .body(containsString("Enter a minimum value in pounds, like 25000"))
                .body(containsString("href=\"#minValue\""))
                .body(containsString("govuk-input--error"))
                .body(containsString("value=\"roof repairs\""))
                .body(containsString("id=\"type-TENDER\" name=\"type\" type=\"checkbox\" value=\"TENDER\" checked"));
    }

    @Test
    void cookiesAreSecureWhenTheGatewayInFrontSaysTheBrowserCameOverTls() {
        // the gateway (127.0.0.1, a trusted proxy) ended TLS; the browser's own claim never reaches here
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").when().get("/sign-in")
                .then().statusCode(200).header("Set-Cookie", containsString("Secure"));
        given().when().get("/sign-in")
                .then().statusCode(200).header("Set-Cookie", not(containsString("Secure")));
    }

    @Test
    void theAddressesThePortalWritesAreThoseTheBrowserAskedTheGatewayFor() {
        given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "onestop.example.gov.uk").when().get("/account/password")
                .then().statusCode(303).header("Location", startsWith("https://onestop.example.gov.uk/sign-in?next="));
    }

    @Test
    void aFileTooLargeIsRefusedWithAPageLeadingBackToTheDocuments() throws Exception {
        String documents = "/applications/" + UUID.randomUUID() + "/documents";
        try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + documents + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 50000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            String answer = new String(socket.getInputStream().readNBytes(4000), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("text/html")
                    .contains("<title>The file is too large").contains("smaller than 10MB")
                    .contains("href=\"" + documents + "\"").doesNotContain("problem+json");
        }
    }
}
