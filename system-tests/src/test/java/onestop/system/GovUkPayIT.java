package onestop.system;

import static onestop.system.Api.LICENSING;
import static onestop.system.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Fees through the GOV.UK Pay stand-in, the whole way: the payment page, Pay's signed webhooks through the
 * gateway, a payer who cancels and tries again, and Pay out of reach.
 */
class GovUkPayIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    private static String draft(Api.Business business) {
        return as(business.token()).contentType(ContentType.JSON).body(Map.of("licenceTypeCode",
                "PRIVATE_HIRE_DRIVER", "kind", "NEW", "holderName", Api.DRIVER_NAME, "details",
                Map.of("dvlaLicenceNumber", "MORGA753116SM9IJ", "dbsCertificateNumber", "001234567890",
                        "dbsUpdateService", true)))
                .when().post(LICENSING + "/applications").then().statusCode(201).extract().path("id");
    }

    private static String start(Api.Business business, String id) {
        return as(business.token()).when().post(LICENSING + "/applications/" + id + "/payment")
                .then().statusCode(201).body("state", is("created")).extract().path("nextUrl");
    }

    private static boolean feePaid(Api.Business business, String id) {
        return as(business.token()).when().get(LICENSING + "/applications/" + id).then().statusCode(200)
                .extract().path("feePaid");
    }

    @Test
    void aPayerWhoNeverComesBackIsMarkedPaidByPaysWebhook() {
        Api.Business business = Api.registerBusiness("Webhook Cabs Ltd");
        String id = draft(business);

        String back = PayStandIn.pay(start(business, id));

        assertThat(back).endsWith("/applications/" + id + "/payment-return");
        Awaitility.await("the webhook marks the fee paid").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> feePaid(business, id));
        as(business.token()).when().get(LICENSING + "/applications/" + id + "/timeline")
                .then().body("message", hasItem(containsString("paid through GOV.UK Pay")));
    }

    @Test
    void aWebhookNotSignedWithTheSecretIsRefused() {
        given().contentType(ContentType.JSON).header("Pay-Signature", "0".repeat(64))
                .body("{\"resource_id\":\"x\",\"resource_type\":\"payment\",\"resource\":{\"payment_id\":\"x\","
                        + "\"state\":{\"status\":\"success\",\"finished\":true}}}")
                .when().post(system.gatewayUrl() + LICENSING + "/payments/webhooks")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aPayerWhoCancelsHasNotPaidAndCanTryAgain() {
        Api.Business business = Api.registerBusiness("Cancelling Cabs Ltd");
        String id = draft(business);

        PayStandIn.cancel(start(business, id));
        as(business.token()).when().get(LICENSING + "/applications/" + id + "/payment").then().statusCode(200)
                .body("state", is("failed")).body("paid", is(false)).body("failureReason", is("You cancelled the payment."));
        assertThat(feePaid(business, id)).isFalse();

        PayStandIn.pay(start(business, id));
        as(business.token()).when().get(LICENSING + "/applications/" + id + "/payment").then().statusCode(200)
                .body("state", is("success")).body("paid", is(true));
        assertThat(feePaid(business, id)).isTrue();
    }

    @Test
    void withPayOutOfReachNothingIsChargedOrMarkedPaid() {
        Api.Business business = Api.registerBusiness("Offline Cabs Ltd");
        String id = draft(business);
        FormBrowser trader = FormBrowser.newBusiness("Offline Stalls Ltd");
        String stall = PortalLicensingFormsIT.draft(trader, "STREET_TRADING_CONSENT");
        system.stop(RunningSystem.STAND_INS);
        try {
            // the applicant is told, on the pay page, that nothing was charged
            trader.get("/applications/" + stall + "/pay");
            io.restassured.response.Response refused = trader.post("/applications/" + stall + "/pay", Map.of());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.asString()).contains("govuk-error-summary")
                    .contains("GOV.UK Pay is not available at the moment. Nothing has been charged");

            as(business.token()).when().post(LICENSING + "/applications/" + id + "/payment")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()).body("detail", containsString("Nothing has been charged"));
            assertThat(feePaid(business, id)).isFalse();
        } finally {
            system.start(RunningSystem.STAND_INS);
        }
        PayStandIn.pay(start(business, id));
        as(business.token()).when().get(LICENSING + "/applications/" + id + "/payment").then().body("paid", is(true));
    }
}
