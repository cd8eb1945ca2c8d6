package onestop.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestPorts;
import onestop.gateway.routing.FakeLicensingService;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class EdgeTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void everyAnswerOwnProxiedOrMissingCarriesTheSecurityHeaders() {
        for (Response response : new Response[] { given().when().get("/api/me"),
                given().when().get("/api/opportunities/opportunities"), given().when().get("/no/such/page"),
                given().when().get("/.well-known/jwks.json") }) {
            response.then()
                    .header("Content-Security-Policy", equalTo("default-src 'self'; frame-ancestors 'none'; "
                            + "base-uri 'self'; form-action 'self' https://card.payments.service.gov.uk; object-src 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "same-origin")
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void aClientsOwnClaimToHaveComeOverTlsIsNotBelieved() {
        // no trusted proxy is configured: X-Forwarded-Proto from the caller decides nothing
        given().header("X-Forwarded-Proto", "https").when().get("/.well-known/jwks.json")
                .then().statusCode(200).header("Strict-Transport-Security", nullValue());
    }

    @Test
    void anAddressNothingServesIsA404Problem() {
        for (String path : new String[] { "/api/nothing", "/api/licensingfoo", "/q/nothing" }) {
            given().when().get(path)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/not-found"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void aBodyTooLargeForTheGatewaysOwnRoutesIsRefusedBeforeItIsRead() {
        given().contentType(ContentType.JSON).body("{\"email\":\"" + "a".repeat(70 * 1024) + "\"}")
                .when().post("/api/auth/register")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"));
    }

    @Test
    void aBodyTooLargeForAServiceIsRefusedAsAProblemToo() throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/licensing/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/pdf\r\n"
                    + "Content-Length: 50000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(600), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("payload-too-large");
        }
    }

    @Test
    void aLargeUploadToThePortalIsPassedOnForThePortalToJudge() throws Exception {
        // the portal refuses files over its limit with a page of its own (PortalUploadsTest); the edge lets it
        try (FakeLicensingService portal = new FakeLicensingService(TestPorts.licensing());
                Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /portal-page HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 50000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1_000_000]);
            out.flush();
            socket.setSoTimeout(10_000);
            assertThat(readUntil(socket.getInputStream(), "</p>")).startsWith("HTTP/1.1 200").contains("a portal page");
        }
    }

    @Test
    void aBrowserOnAConfiguredOriginMayCallTheApiAndOthersMayNot() {
        given().header("Origin", "https://portal.onestop.test").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/auth/token")
                .then().header("Access-Control-Allow-Origin", "https://portal.onestop.test");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/auth/token")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aPortalFormPostedFromThePortalItselfIsAnsweredWhileOneFromAnotherSiteIsNot() throws Exception {
        String portalOrigin = gateway.getProtocol() + "://" + gateway.getAuthority();
        try (FakeLicensingService portal = new FakeLicensingService(TestPorts.licensing())) {
            given().header("Origin", portalOrigin).formParam("csrf", "stale").formParam("email", "someone@example.com")
                    .when().post("/portal-page")
                    .then().statusCode(200).contentType(ContentType.HTML).body(containsString("a portal page"));
        }
        given().header("Origin", "https://evil.example").formParam("csrf", "stale")
                .when().post("/sign-in")
                .then().statusCode(403).body(emptyString());
    }

    /** Reads an answer up to the end marker: the gateway stops reading a refused upload but need not hang up. */
    private static String readUntil(InputStream in, String end) throws Exception {
        StringBuilder answer = new StringBuilder();
        byte[] chunk = new byte[4096];
        int read;
        while (!answer.toString().contains(end) && (read = in.read(chunk)) > 0) {
            answer.append(new String(chunk, 0, read, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }
}
