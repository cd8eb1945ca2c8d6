package onestop.licensing.address;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** "Find an address" by postcode through OS Places, and the UPRN kept with the premises chosen. */
@LicensingTest
@TestProfile(OsPlacesStandIn.class)
class AddressLookupTest {

    @Test
    void aPostcodeFindsItsAddressesWithTheirUprn() {
        as(Business.create().token()).queryParam("postcode", "b29 6bd").when().get(API + "/address-lookup")
                .then().statusCode(200)
                .body("postcode", is("B29 6BD"), "available", is(true),
                        "addresses.uprn", contains("100070000201", "100070000203"),
                        "addresses[0].addressLine1", is("512 Bristol Road"),
                        "addresses[1].addressLine1", is("Selly Oak Tavern, 516 Bristol Road"),
                        "addresses[1].town", is("Birmingham"), "addresses[1].postcode", is("B29 6BD"));
    }

    @Test
    void aPostcodeWithNoAddressesFindsNoneAndABadOneIsRefusedNamingTheField() {
        String token = Business.create().token();
        as(token).queryParam("postcode", "B1 2ZZ").when().get(API + "/address-lookup").then().statusCode(200)
                .body("available", is(true), "addresses", empty());
        as(token).queryParam("postcode", "B29").when().get(API + "/address-lookup").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("postcode"));
    }

    @Test
    void theUprnOfTheAddressChosenIsStoredWithThePremisesAndDroppedWhenTheAddressIsTypedByHand() {
        Business business = Business.create();
        Map<String, Object> chosen = Map.of("name", "Selly Oak Tavern", "addressLine1",
                "Selly Oak Tavern, 516 Bristol Road", "town", "Birmingham", "postcode", "B29 6BD",
                "uprn", "100070000203");
        String id = Licensing.draft(business, "STREET_WORKS_PERMIT", chosen, Licensing.streetWorks());

        as(business.token()).when().get(API + "/applications/" + id).then().statusCode(200)
                .body("premises.uprn", is("100070000203"), "premises.postcode", is("B29 6BD"));

        as(business.token()).contentType(ContentType.JSON).header("If-Match", Licensing.etag(business.token(), id))
                .body(Map.of("premises", Map.of("addressLine1", "Unit 2, 516 Bristol Road")))
                .when().patch(API + "/applications/" + id).then().statusCode(200)
                .body("premises.uprn", nullValue(), "premises.addressLine1", is("Unit 2, 516 Bristol Road"));
    }

    @Test
    void aUprnThatIsNotOneIsRefused() {
        Map<String, Object> premises = Map.of("name", "X", "addressLine1", "1 Broad Street", "town", "Birmingham",
                "postcode", "B1 2HF", "uprn", "not-a-uprn");
        as(Business.create().token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "STREET_WORKS_PERMIT", "kind", "NEW", "premises", premises,
                        "details", Licensing.streetWorks(), "holderName", "X Ltd"))
                .when().post(API + "/applications").then().statusCode(400)
                .body("errors[0].field", is("premises.uprn"));
    }
}
