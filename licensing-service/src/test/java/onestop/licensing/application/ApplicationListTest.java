package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** What the business and the officer see in their lists, and a withdrawal. */
@LicensingTest
class ApplicationListTest {

    private final Business business = Business.create();

    @Test
    void aBusinessSeesItsOwnApplicationsNewestFirstWithWhatIsStillMissing() {
        String first = Licensing.draft(business, "HMO_LICENCE", Licensing.premises("First house"), Map.of());
        String second = Licensing.draft(business, "STREET_WORKS_PERMIT", Licensing.premises("Second works"),
                Licensing.streetWorks());

        as(business.token()).when().get(API + "/applications")
                .then().statusCode(200).body("total", is(2)).body("items.id", contains(second, first));
        as(business.token()).queryParam("licenceTypeCode", "HMO_LICENCE").when().get(API + "/applications")
                .then().body("items.id", contains(first));
        as(business.token()).when().get(API + "/applications/" + first)
                .then().body("missing.field", hasItems("details.occupants", "documents.GAS_SAFETY_CERTIFICATE", "fee"));
    }

    @Test
    void theOfficerQueueLeavesOutDraftsAndPutsTheEarliestDueFirst() {
        String draft = Licensing.draft(business, "STREET_WORKS_PERMIT", Licensing.premises("Queue draft"),
                Licensing.streetWorks());
        String submitted = Licensing.submittedStreetWorks(business, "Queue submitted");

        var queue = as(Licensing.officer()).queryParam("size", 100).when().get(API + "/applications")
                .then().statusCode(200)
                .body("items.id", hasItem(submitted)).body("items.id", not(hasItem(draft)))
                .body("items.status", not(hasItem("DRAFT")))
                .extract().<String>jsonPath().getList("items.dueDate", String.class);
        List<LocalDate> dueDates = queue.stream().filter(d -> d != null).map(LocalDate::parse).toList();
        assertThat(dueDates).isSorted();
        as(Licensing.officer()).queryParam("status", "SUBMITTED").queryParam("q", "Queue submitted")
                .when().get(API + "/applications").then().body("items.id", hasItem(submitted));
    }

    @Test
    void aWithdrawnApplicationLeavesTheQueueAndCannotBeWithdrawnAgain() {
        String id = Licensing.submittedStreetWorks(business, "Withdrawn works");
        as(business.token()).when().post(API + "/applications/" + id + "/withdraw")
                .then().statusCode(200).body("status", is("WITHDRAWN")).body("allowedActions.size()", is(0));
        as(business.token()).when().post(API + "/applications/" + id + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json");
        as(Licensing.officer()).queryParam("status", "SUBMITTED").queryParam("size", 100)
                .when().get(API + "/applications").then().body("items.id", not(hasItem(id)));
    }
}
