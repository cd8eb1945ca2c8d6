package onestop.licensing.award;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.restassured.path.json.JsonPath;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.platform.testing.TopicReader;
import onestop.platform.testing.TopicWriter;

/** A contract awarded to a business without a licence it needs opens a draft application for it, once. */
@LicensingTest
class LicenceNeededOnAwardTest {

    @Test
    void anAwardNeedingAMissingLicenceOpensADraftOnce() {
        Business business = Business.create();
        String alreadyHeld = Licensing.grantedStreetWorks(business, "Held works", List.of());
        String opportunityId = UUID.randomUUID().toString();
        CloudEvent awarded = TopicWriter.event(UUID.randomUUID().toString(),
                OpportunitiesEvents.OPPORTUNITY_AWARDED.value(), "opportunity/" + opportunityId, """
                        {"opportunityId": "%s", "reference": "OPP-2026-000017", "title": "Street food at the Games",
                         "businessId": "%s", "supplierName": "Balti Bros Ltd",
                         "requiredLicenceTypes": ["STREET_TRADING_CONSENT", "STREET_WORKS_PERMIT"],
                         "missingLicenceTypes": ["STREET_TRADING_CONSENT", "STREET_WORKS_PERMIT", "NO_SUCH_TYPE"]}
                        """.formatted(opportunityId, business.id()));

        TopicWriter.send(OpportunitiesEvents.TOPIC, opportunityId, awarded);
        TopicWriter.send(OpportunitiesEvents.TOPIC, opportunityId, awarded);

        await().atMost(Duration.ofSeconds(30)).until(() -> drafts(business).getList("items").size() == 1);
        JsonPath drafts = drafts(business);
        String id = drafts.getString("items[0].id");
        as(business.token()).when().get(API + "/applications/" + id)
                .then().body("licenceTypeCode", is("STREET_TRADING_CONSENT"))
                .body("holderName", is("Balti Bros Ltd"))
                .body("kind", is("NEW"));
        as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                .then().body("[0].actorRole", is("system"))
                .body("[0].message", containsString("OPP-2026-000017"));
        try (TopicReader topic = TopicReader.fromStart("onestop.licensing.v1")) {
            topic.await(1, r -> id.equals(r.key())
                    && "onestop.licensing.application.status-changed".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30));
        }
        // the held licence's type got no draft, and the second delivery changed nothing
        as(business.token()).queryParam("status", "DRAFT").when().get(API + "/applications")
                .then().body("total", is(1)).body("items.licenceTypeCode", hasItem("STREET_TRADING_CONSENT"));
        as(business.token()).when().get(API + "/licences/" + alreadyHeld).then().body("status", is("ACTIVE"));
    }

    private static JsonPath drafts(Business business) {
        return as(business.token()).queryParam("status", "DRAFT").when().get(API + "/applications")
                .then().statusCode(200).extract().jsonPath();
    }
}
