package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** A driver or a collector is never asked for premises (it would be a home address); premises types still are. */
@LicensingTest
class PremisesPerTypeTest {

    private final Business business = Business.create();

    @Test
    void aDriverAppliesWithoutPremises() {
        String id = Licensing.submittedPrivateHireDriver(business, "Sam Driver");
        as(business.token()).when().get(API + "/applications/" + id).then().statusCode(200)
                .body("status", is("SUBMITTED")).body("premises.postcode", nullValue());
    }

    @Test
    void aDriverGivingPremisesIsToldTheyAreNotAskedFor() {
        as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "HACKNEY_CARRIAGE_DRIVER", "kind", "NEW",
                        "premises", Licensing.premises("My home"), "holderName", "Sam Driver"))
                .when().post(API + "/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("premises"));
    }

    @Test
    void aDriverWithoutANameCannotSubmitAndIsNotAskedForPremises() {
        String id = as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "SCRAP_METAL_COLLECTOR", "kind", "NEW",
                        "details", Map.of("vehicleRegistration", "AB12 CDE")))
                .when().post(API + "/applications").then().statusCode(201).extract().path("id");
        as(business.token()).when().get(API + "/applications/" + id).then()
                .body("missing.field", hasItem("holderName"))
                .body("missing.field", not(hasItem("premises.postcode")));
    }

    @Test
    void aPremisesTypeStillNeedsItsPremises() {
        String id = as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "STREET_WORKS_PERMIT", "kind", "NEW", "details", Licensing.streetWorks()))
                .when().post(API + "/applications").then().statusCode(201).extract().path("id");
        as(business.token()).when().get(API + "/applications/" + id).then()
                .body("missing.field", hasItem("premises.postcode"));
    }
}
