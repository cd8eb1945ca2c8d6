package onestop.standins;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CompaniesHouseAndOsPlacesStandInTest {

    @Test
    void companiesHouseAnswersSeededCompaniesAndNotFoundForOthers() {
        given().auth().preemptive().basic("local-companies-house-key", "")
                .when().get("/companies-house/company/01234567").then().statusCode(200)
                .body("company_name", is("DIGBETH DELI LTD"), "company_status", is("active"));
        given().auth().preemptive().basic("local-companies-house-key", "")
                .when().get("/companies-house/company/04040404").then().statusCode(200)
                .body("company_status", is("dissolved"));
        given().auth().preemptive().basic("local-companies-house-key", "")
                .when().get("/companies-house/company/99999999").then().statusCode(404)
                .body("errors[0].error", is("company-profile-not-found"));
        given().when().get("/companies-house/company/01234567").then().statusCode(401);
    }

    @Test
    void osPlacesFindsAddressesByPostcodeWithTheirUprn() {
        given().queryParam("postcode", "b296bd").queryParam("key", "local-os-places-key")
                .when().get("/os-places/search/places/v1/postcode").then().statusCode(200)
                .body("header.totalresults", is(3),
                        "results.DPA.UPRN", hasItems("100070000201", "100070000203"),
                        "results[0].DPA.ADDRESS", is("512 BRISTOL ROAD, BIRMINGHAM, B29 6BD"),
                        "results[0].DPA.POSTCODE", is("B29 6BD"));
        given().queryParam("postcode", "B1 2ZZ").queryParam("key", "local-os-places-key")
                .when().get("/os-places/search/places/v1/postcode").then().statusCode(200)
                .body("header.totalresults", is(0), "results", nullValue());
        given().queryParam("postcode", "B1").queryParam("key", "local-os-places-key")
                .when().get("/os-places/search/places/v1/postcode").then().statusCode(400);
        given().queryParam("postcode", "B1 1BB").queryParam("key", "wrong")
                .when().get("/os-places/search/places/v1/postcode").then().statusCode(401);
    }
}
