package onestop.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.Random;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestPorts;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class ProxyTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    static FakeLicensingService licensing;

    @TestHTTPResource("/")
    URL gateway;

    @ConfigProperty(name = "onestop.gateway.public-url")
    String publicUrl;

    @BeforeAll
    static void startLicensing() throws Exception {
        licensing = new FakeLicensingService(TestPorts.licensing());
    }

    @AfterAll
    static void stopLicensing() throws Exception {
        licensing.close();
    }

    @Test
    void aRequestReachesTheServiceAtTheSamePathAndQuery() {
        given().urlEncodingEnabled(false).header("Authorization", "Bearer a-token-only-the-service-checks")
                .when().get("/api/licensing/inspect?type=premises&q=late%20night&page=2")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/licensing/inspect?type=premises&q=late%20night&page=2"))
                .body("headers.authorization", equalTo("Bearer a-token-only-the-service-checks"))
                .body("headers.host", equalTo("127.0.0.1:" + TestPorts.licensing()))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo(gateway.getHost() + ":" + gateway.getPort()));
    }

    @Test
    void anIdempotencyKeyReachesTheServiceAndItsAnswerComesBackWithTheRateLimit() {
        given().header("Idempotency-Key", "3f1c2a9e-retry-me").when().post("/api/licensing/inspect")
                .then().statusCode(200)
                .body("headers.idempotency-key", equalTo("3f1c2a9e-retry-me"))
                .header("RateLimit-Policy", org.hamcrest.Matchers.startsWith("\"anonymous\";q="));
    }

    @Test
    void thePrefixAloneIsRoutedButALookalikeIsNot() {
        given().when().get("/api/licensing").then().statusCode(200).body("uri", equalTo("/api/licensing"));
        given().when().get("/api/licensingfoo").then().statusCode(404);
    }

    @Test
    void aBrowserOnTheConfiguredOriginMayCallAServiceAndOneOnAnotherMayNot() {
        // the test profile's CORS origin (application.properties)
        String portal = "https://portal.onestop.test";
        given().header("Origin", portal).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/licensing/inspect")
                .then().header("Access-Control-Allow-Origin", portal);
        given().header("Origin", portal).when().get("/api/licensing/inspect")
                .then().statusCode(200).header("Access-Control-Allow-Origin", portal)
                .body("uri", equalTo("/api/licensing/inspect"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/licensing/inspect")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").when().get("/api/licensing/inspect")
                .then().header("Access-Control-Allow-Origin", nullValue());
        // without an Origin (a server, a same-origin page): no CORS headers, the service's answer as ever
        given().when().get("/api/licensing/inspect")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue())
                .header("X-Content-Type-Options", "nosniff").header("RateLimit", containsString("anonymous"))
                .body("headers.x-request-id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void statusHeadersAndBodyComeBackAsTheServiceSentThem() {
        byte[] upload = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(upload);

        Response response = given().contentType("application/octet-stream").body(upload)
                .when().post("/api/licensing/echo");

        response.then().statusCode(201)
                .header("ETag", "\"v7\"")
                .header("Location", endsWith("/api/licensing/applications/42"))
                .header("Keep-Alive", nullValue())
                .header("Proxy-Authenticate", nullValue());
        assertThat(response.headers().getValues("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(response.headers().getValues("X-Request-Id")).hasSize(1);
        assertThat(response.asByteArray()).isEqualTo(upload);
    }

    @Test
    void theServicesOwnAddressNeverLeavesTheGateway() {
        given().when().post("/api/licensing/created").then().statusCode(201)
                .header("Location", equalTo(publicUrl + "/api/licensing/applications/42"))
                .header("Content-Location", equalTo(publicUrl + "/api/licensing/created"));
    }

    @Test
    void theBrowsersCookiesReachThePortalButNoServiceAndTheCallersOwnForwardingHeadersStayAtTheGateway() {
        given().header("Cookie", "onestop_session=a-portal-session; other=1")
                .header("X-Forwarded-For", "203.0.113.66").header("X-Forwarded-Proto", "https")
                .when().get("/portal-inspect")
                .then().statusCode(200)
                .body("headers.cookie", equalTo("onestop_session=a-portal-session; other=1"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"));
        given().header("Cookie", "onestop_session=a-portal-session; other=1")
                .header("X-Forwarded-For", "203.0.113.66").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "443")
                .header("X-Forwarded-Prefix", "/admin").header("Forwarded", "for=203.0.113.66;proto=https")
                .header("X-Real-IP", "203.0.113.66")
                .when().get("/api/licensing/inspect")
                .then().statusCode(200)
                .body("headers.cookie", nullValue())
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", equalTo(gateway.getHost() + ":" + gateway.getPort()))
                .body("headers.x-forwarded-port", nullValue())
                .body("headers.x-forwarded-prefix", nullValue())
                .body("headers.forwarded", nullValue())
                .body("headers.x-real-ip", nullValue());
    }

    @Test
    void hopByHopHeadersStayAtTheGateway() {
        given().header("Connection", "X-Private-Hop").header("X-Private-Hop", "secret")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .when().get("/api/licensing/inspect")
                .then().statusCode(200)
                .body("headers.x-private-hop", nullValue())
                .body("headers.proxy-authorization", nullValue());
    }

    @Test
    void aReadWhoseConnectionTheServiceClosedIsSentAgainOnce() {
        given().when().get("/api/licensing/closes-once?key=read")
                .then().statusCode(200).body(equalTo("answered on the second try"));
    }

    @Test
    void aChangeWhoseConnectionWasClosedIsNotSentAgain() {
        given().when().delete("/api/licensing/closes-once?key=change")
                .then().statusCode(502).contentType("application/problem+json");
    }

    @Test
    void anAnswerWithoutBodyStaysWithoutBody() {
        given().when().delete("/api/licensing/nothing").then().statusCode(204).body(equalTo(""));
        given().when().head("/api/licensing/inspect").then().statusCode(200)
                .contentType("application/json").body(equalTo(""));
    }

    @Test
    void aSlowButSteadyAnswerIsNotCutOffEvenAfterAnEarlyAnswer() {
        // The service answers before the upload ends; the drip then reuses the pooled connection for longer
        // than the response timeout, and must not be cut off by anything left over from the first request.
        given().contentType("application/octet-stream").body(new byte[4 * 1024 * 1024])
                .when().post("/api/licensing/early")
                .then().statusCode(413);

        given().when().get("/api/licensing/drip").then().statusCode(200).body(equalTo("....."));
    }

    @Test
    void theCallersRequestIdIsPassedOnAndEchoed() {
        given().header("X-Request-Id", "client-42.retry_1")
                .when().get("/api/licensing/inspect")
                .then().statusCode(200)
                .header("X-Request-Id", "client-42.retry_1")
                .body("headers.x-request-id", equalTo("client-42.retry_1"));
    }

    @Test
    void aMissingOrUnsafeRequestIdIsReplacedByANewOne() {
        Response absent = given().when().get("/api/licensing/inspect");
        absent.then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        assertThat(absent.jsonPath().getString("headers.x-request-id")).isEqualTo(absent.header("X-Request-Id"));

        given().header("X-Request-Id", "evil id\" injected")
                .when().get("/api/licensing/inspect")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("headers.x-request-id", matchesPattern(UUID_PATTERN));
        given().header("X-Request-Id", "a".repeat(129))
                .when().get("/api/licensing/inspect")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void aServiceThatIsDownAnswers503ProblemQuickly() {
        Response response = given().header("X-Request-Id", "down-1").when().get("/api/opportunities/search?q=x");

        response.then().statusCode(503)
                .time(lessThan(3000L))
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .header("X-Request-Id", "down-1")
                .body("type", endsWith("/upstream-unavailable"))
                .body("status", equalTo(503))
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("opportunities"))
                .body("instance", equalTo("/api/opportunities/search"))
                .body("requestId", equalTo("down-1"));
    }

    @Test
    void aServiceThatIsTooSlowAnswers503ProblemWithRetryAfterOnceTheResponseTimeoutHasPassed() {
        given().when().get("/api/licensing/slow")
                .then().statusCode(503)
                .time(lessThan(5000L))
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", endsWith("/upstream-timeout"))
                .body("status", equalTo(503))
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void theGatewaysOwnAnswersCarryARequestIdToo() {
        given().header("X-Request-Id", "own-7").when().get("/api/me")
                .then().statusCode(401).header("X-Request-Id", "own-7");
        given().header("X-Request-Id", "page-7").when().get("/portal-page")
                .then().statusCode(200).header("X-Request-Id", "page-7");
        given().when().get("/no/such/page")
                .then().statusCode(404).header("X-Request-Id", matchesPattern(UUID_PATTERN));
        Response jwks = given().header("X-Request-Id", "own-8").when().get("/.well-known/jwks.json");
        assertThat(jwks.headers().getValues("X-Request-Id")).containsExactly("own-8");
    }
}
