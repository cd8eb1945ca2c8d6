package onestop.gateway.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestClock;
import onestop.gateway.TestPorts;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * POST /api/me/data-export: the request, its assembly from both services' parts (fakes here, which answer with the
 * caller's user id read from the token the gateway sent), the email, the download for the person only, a service
 * that does not answer, and the clean-up after 7 days.
 */
@QuarkusTest
@TestProfile(DataExportTest.Profile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class DataExportTest {

    /** Both services on one fake of this class's own; tries a second apart, two at most. */
    public static class Profile extends GatewayTestProfile.OwnLicensingPort {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("onestop.gateway.opportunities-url", "http://127.0.0.1:" + licensingPort());
            overrides.put("onestop.gateway.data-export.max-attempts", "2");
            overrides.put("onestop.gateway.data-export.retry-after", "1s");
            overrides.put("onestop.gateway.data-export.timeout", "5s");
            overrides.put("onestop.gateway.data-export.sweep-every", "1s");
            return overrides;
        }
    }

    static Vertx vertx;
    static HttpServer services;
    static volatile boolean opportunitiesDown;

    @Inject
    TestClock clock;

    @Inject
    DataExportCleanUp cleanUp;

    @BeforeAll
    static void startServices() throws Exception {
        vertx = Vertx.vertx();
        services = vertx.createHttpServer().requestHandler(request -> {
            String owner = subject(request.getHeader("Authorization"));
            boolean licensing = request.path().equals("/api/licensing/me/data");
            if (!licensing && (opportunitiesDown || !request.path().equals("/api/opportunities/me/data"))) {
                request.response().setStatusCode(503).end();
                return;
            }
            request.response().putHeader("Content-Type", "application/zip")
                    .end(Buffer.buffer(part("{\"owner\": \"" + owner + "\"}", licensing)));
        }).listen(new Profile().licensingPort(), "127.0.0.1").toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stopServices() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void realTime() {
        clock.reset();
        opportunitiesDown = false;
    }

    @Test
    void anExportIsPutTogetherEmailedAndDownloadedByItsPersonOnly() throws IOException {
        Accounts.BusinessUser user = Accounts.newBusiness();
        Accounts.BusinessUser other = Accounts.newBusiness();
        // the mobile number the person confirmed for text messages (this gateway's mail goes by SMTP: no texts here)
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            onestop.gateway.texts.MobileNumberRow mobile = new onestop.gateway.texts.MobileNumberRow();
            mobile.userId = user.userId();
            mobile.mobile = "+447700900888";
            mobile.confirmedAt = java.time.Instant.now();
            mobile.updatedAt = mobile.confirmedAt;
            mobile.persist();
        });
        var requested = given().auth().oauth2(user.token()).when().post("/api/me/data-export").then().statusCode(202)
                .body("state", equalTo("REQUESTED")).extract();
        String id = requested.path("id");
        assertThat(requested.header("Location")).endsWith("/api/me/data-export/" + id);
        String again = given().auth().oauth2(user.token()).when().post("/api/me/data-export").then().statusCode(202)
                .extract().path("id");
        if (!again.equals(id)) { // the job may have put the first together already: only then is there a new one
            given().auth().oauth2(user.token()).when().get("/api/me/data-export/" + id).then().statusCode(200)
                    .body("state", org.hamcrest.Matchers.not(equalTo("REQUESTED")));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(user.token())
                .when().get("/api/me/data-export/" + id).then().statusCode(200).body("state", equalTo("READY")));
        given().auth().oauth2(user.token()).when().get("/api/me/data-export").then().body("items", hasSize(again.equals(id) ? 1 : 2));

        byte[] zip = given().auth().oauth2(user.token()).when().get("/api/me/data-export/" + id + "/download")
                .then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                .extract().asByteArray();
        Map<String, String> entries = unzip(zip);
        assertThat(entries).containsOnlyKeys("README.txt", "gateway/data.json", "licensing/data.json",
                "licensing/documents/app/plan.pdf", "opportunities/data.json");
        assertThat(entries.get("gateway/data.json")).contains(user.email(), user.businessId().toString(),
                        "\"mobileNumber\"", "+447700900888")
                .doesNotContain("password_hash", "token_hash", other.email());
        assertThat(entries.get("licensing/data.json")).contains(user.userId().toString());
        assertThat(entries.get("opportunities/data.json")).contains(user.userId().toString());
        assertThat(Accounts.mailsTo(user.email())).anySatisfy(mail -> assertThat(mail.getText())
                .contains("/account/your-data/" + id + "/download"));

        given().auth().oauth2(other.token()).when().get("/api/me/data-export/" + id + "/download")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other.token()).when().get("/api/me/data-export/" + id).then().statusCode(404);
        given().auth().oauth2(other.token()).when().get("/api/me/data-export").then().body("items", hasSize(0));
        given().auth().oauth2(Accounts.officer()).when().post("/api/me/data-export").then().statusCode(403);
        given().when().post("/api/me/data-export").then().statusCode(401);

        // after 7 days the file goes; the export says so
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        int expired = cleanUp.expire();
        clock.reset(); // the signing keys keep time by the same clock
        assertThat(expired).isPositive();
        given().auth().oauth2(user.token()).when().get("/api/me/data-export/" + id + "/download")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(user.token()).when().get("/api/me/data-export/" + id).then()
                .body("state", equalTo("EXPIRED"));
    }

    @Test
    void anExportIsNeverMadeWithoutEveryServicesPartAndFailsAfterItsTries() {
        opportunitiesDown = true;
        Accounts.BusinessUser user = Accounts.newBusiness();
        String id = given().auth().oauth2(user.token()).when().post("/api/me/data-export").then().statusCode(202)
                .extract().path("id");
        given().auth().oauth2(user.token()).when().get("/api/me/data-export/" + id + "/download")
                .then().statusCode(409);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(user.token())
                .when().get("/api/me/data-export/" + id).then().body("state", equalTo("FAILED")));
        given().auth().oauth2(user.token()).when().get("/api/me/data-export/" + id + "/download")
                .then().statusCode(409);
        String again = given().auth().oauth2(user.token()).when().post("/api/me/data-export").then().statusCode(202)
                .extract().path("id");
        assertThat(again).isNotEqualTo(id);
    }

    // the user id of a bearer token (the fake trusts it: the gateway signed it)
    private static String subject(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "none";
        }
        String payload = new String(Base64.getUrlDecoder().decode(authorization.substring(7).split("\\.")[1]),
                StandardCharsets.UTF_8);
        int at = payload.indexOf("\"sub\":\"") + 7;
        return payload.substring(at, payload.indexOf('"', at));
    }

    private static byte[] part(String json, boolean withDocument) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("data.json"));
                zip.write(json.getBytes(StandardCharsets.UTF_8));
                if (withDocument) {
                    zip.putNextEntry(new ZipEntry("documents/app/plan.pdf"));
                    zip.write("%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
                    zip.putNextEntry(new ZipEntry("../outside.txt"));
                    zip.write("not copied".getBytes(StandardCharsets.US_ASCII));
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
