package onestop.system;

import static onestop.system.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The flows that cross services, through the gateway, with every service a separate process and events
 * on a real Kafka broker: a granted licence reaches the supplier's licence projection and inbox; an
 * award to a supplier without a required licence opens a draft application and tells them; the
 * dashboard gathers it all and still answers when a service is down.
 */
class CrossServiceFlowsIT {

    private static final String LICENSING = "/api/licensing";
    private static final String OPPORTUNITIES = "/api/opportunities";

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aGrantedLicenceShowsInTheSupplierProjectionAndInboxWithinSeconds() {
        Api.Business business = Api.registerBusiness("Aston Cars Ltd");
        Api.grantPrivateHireDriverLicence(system, business);

        Awaitility.await("the licence in the supplier's licence projection").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(business.token()).when().get(OPPORTUNITIES + "/suppliers/me/licences")
                        .then().statusCode(200).body("licenceTypeCode", hasItem("PRIVATE_HIRE_DRIVER")));
        Awaitility.await("the licence in the inbox").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(business.token()).when().get("/api/me/notifications")
                        .then().statusCode(200).body("items.kind", hasItem("licence-issued")));
    }

    @Test
    void anAwardToASupplierWithoutARequiredLicenceOpensADraftApplicationAndTellsThem() {
        Api.Business supplier = Api.registerBusiness("Tyseley Metals Ltd");
        String buyer = Api.staffToken(system, "buyer");
        as(supplier.token()).contentType(ContentType.JSON).body(Map.of("name", "Tyseley Metals Ltd", "size", "SMALL",
                "vcse", false, "postcode", "B11 2AA", "charterSignatory", true))
                .when().put(OPPORTUNITIES + "/suppliers/me").then().statusCode(200);

        String notice = as(buyer).contentType(ContentType.JSON).body(Map.of(
                "title", "Scrap metal collection from council depots", "description",
                "Collection and recycling of scrap metal from three depots.", "type", "QUOTE",
                "cpvCodes", List.of("90500000-2"), "valueMaxPence", 2_000_000,
                "closingAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "requiredLicenceTypes", List.of("SCRAP_METAL_SITE")))
                .when().post(OPPORTUNITIES + "/opportunities")
                .then().statusCode(201).extract().path("id");
        as(buyer).when().post(OPPORTUNITIES + "/opportunities/" + notice + "/publish").then().statusCode(200);
        String response = as(supplier.token()).contentType(ContentType.JSON)
                .body(Map.of("summary", "Weekly collections with our own licensed vehicles.", "pricePence", 1_800_000))
                .when().post(OPPORTUNITIES + "/opportunities/" + notice + "/responses")
                .then().statusCode(201)
                .body("licenceCheck.missing", hasItem("SCRAP_METAL_SITE"))
                .extract().path("id");
        system.deadlinePasses(notice);
        as(buyer).contentType(ContentType.JSON).body(Map.of("responseId", response, "valuePence", 1_800_000))
                .when().post(OPPORTUNITIES + "/opportunities/" + notice + "/award").then().statusCode(200);
        String lastDay = as(buyer).when().get(OPPORTUNITIES + "/opportunities/" + notice).then().statusCode(200)
                .extract().path("procurement.standstillLastDay");
        String later = LocalDate.parse(lastDay).plusDays(7).toString();
        as(buyer).contentType(ContentType.JSON).body(Map.of("lastDay", later, "reason", "A bidder asked for a debrief"))
                .when().post(OPPORTUNITIES + "/opportunities/" + notice + "/standstill/extension")
                .then().statusCode(200);

        Awaitility.await("the supplier told the standstill is longer, and why").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(supplier.token()).when().get("/api/me/notifications").then().statusCode(200)
                        .body("items.find { it.kind == 'standstill-extended' }.body",
                                containsString("The buyer's reason: A bidder asked for a debrief")));
        Awaitility.await("a draft application for the missing licence").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(supplier.token()).queryParam("status", "DRAFT")
                        .when().get(LICENSING + "/applications")
                        .then().statusCode(200).body("items.licenceTypeCode", hasItem("SCRAP_METAL_SITE")));
        Awaitility.await("the supplier told of the award and of the draft").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> as(supplier.token()).when().get("/api/me/notifications")
                        .then().statusCode(200).body("items.kind", hasItems("award-made", "draft-opened")));

        // the dashboard gathers it all in one answer
        as(supplier.token()).when().get("/api/me/dashboard")
                .then().statusCode(200).body("partial", is(false))
                .body("applicationsInProgress.licenceTypeCode", hasItem("SCRAP_METAL_SITE"))
                .body("responses.outcome", hasItem("AWARDED"))
                .body("notifications.unread", greaterThan(1));
    }

    @Test
    void theDashboardGathersBothServicesAndSaysWhenOneIsMissing() {
        Api.Business business = Api.registerBusiness("Moseley Bakery Ltd");

        as(business.token()).when().get("/api/me/dashboard")
                .then().statusCode(200).body("partial", is(false)).body("licences", notNullValue());

        system.stop(RunningSystem.LICENSING);
        try {
            as(business.token()).when().get("/api/me/dashboard")
                    .then().statusCode(200).body("partial", is(true))
                    .body("missing", hasItem("licences"))
                    .body("newOpportunities", notNullValue());
        } finally {
            system.start(RunningSystem.LICENSING);
        }
    }
}
