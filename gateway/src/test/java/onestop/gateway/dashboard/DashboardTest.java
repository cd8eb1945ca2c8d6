package onestop.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.routing.FakeLicensingService;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TopicWriter;

/** Licensing answers (a fake of it), opportunities is down: the dashboard still answers, marked partial. */
@QuarkusTest
@TestProfile(DashboardTest.Profile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class DashboardTest {

    /** Its own gateway and fake licensing service. */
    public static class Profile extends GatewayTestProfile.OwnLicensingPort {
    }

    static FakeLicensingService licensing;

    @BeforeAll
    static void startLicensing() throws Exception {
        licensing = new FakeLicensingService(new Profile().licensingPort());
    }

    @AfterAll
    static void stopLicensing() throws Exception {
        licensing.close();
    }

    @Test
    void aBusinessSeesItsLicensingPartsAndUnreadNotificationsWhileOpportunitiesIsDown() {
        Accounts.BusinessUser business = Accounts.newBusiness();
        UUID licence = UUID.randomUUID();
        TopicWriter.send("onestop.licensing.v1", licence.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.licensing.licence.renewal-due", licence.toString(), """
                        {"licenceId":"%s","licenceNumber":"PL-000002","businessId":"%s","licenceTypeCode":"premises",
                         "expiresAt":"2026-12-01T00:00:00Z","daysBeforeExpiry":14}
                        """.formatted(licence, business.businessId())));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(business.token())
                .when().get("/api/me/notifications").then().body("total", equalTo(1)));

        given().auth().oauth2(business.token()).when().get("/api/me/dashboard")
                .then().statusCode(200)
                .body("applicationsInProgress.reference", contains("LIC-2026-000001", "LIC-2026-000003"))
                .body("licences.number", contains("PL-000002", "PL-000001"))
                .body("responses", nullValue())
                .body("newOpportunities", nullValue())
                .body("notifications.unread", equalTo(1))
                .body("notifications.latest[0].title", equalTo("Licence PL-000002 expires soon"))
                .body("partial", equalTo(true))
                .body("missing", contains("responses", "newOpportunities"));
    }

    @Test
    void onlyABusinessHasADashboard() {
        given().auth().oauth2(Accounts.officer()).when().get("/api/me/dashboard")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/me/dashboard").then().statusCode(401).contentType("application/problem+json");
    }
}
