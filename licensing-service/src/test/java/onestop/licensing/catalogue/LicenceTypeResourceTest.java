package onestop.licensing.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import onestop.licensing.LicensingTest;

@LicensingTest
class LicenceTypeResourceTest {

    @Test
    void anyoneCanReadTheCatalogue() {
        given().when().get("/api/licensing/licence-types")
                .then().statusCode(200)
                .body("code", hasItems("PREMISES_LICENCE", "TEMPORARY_EVENT_NOTICE", "STREET_TRADING_CONSENT",
                        "HMO_LICENCE", "PRIVATE_HIRE_DRIVER", "HACKNEY_CARRIAGE_DRIVER", "SCRAP_METAL_SITE",
                        "ANIMAL_ACTIVITY"))
                .body("find { it.code == 'PREMISES_LICENCE' }.feePence", is(19000))
                .body("find { it.code == 'PREMISES_LICENCE' }.validityMonths", nullValue())
                .body("find { it.code == 'PREMISES_LICENCE' }.consultationDays", is(28))
                .body("find { it.code == 'PREMISES_LICENCE' }.tacitConsent", is(false))
                .body("find { it.code == 'PREMISES_LICENCE' }.requiredDocuments.code", hasItems("PREMISES_PLAN"))
                .body("find { it.code == 'PREMISES_LICENCE' }.detailsSchema.type", is("object"))
                .body("find { it.code == 'STREET_TRADING_CONSENT' }.tacitConsent", is(true))
                .body("find { it.code == 'HMO_LICENCE' }.detailsSchema.properties.occupants.minimum", is(5))
                .body("find { it.code == 'PREMISES_LICENCE' }.premisesRequired", is(true))
                .body("find { it.code == 'PREMISES_LICENCE' }.registerShows", is("PREMISES_AND_HOLDER"))
                .body("findAll { !it.premisesRequired }.code", containsInAnyOrder("PRIVATE_HIRE_DRIVER",
                        "HACKNEY_CARRIAGE_DRIVER", "SCRAP_METAL_COLLECTOR"))
                .body("findAll { it.registerShows == 'LICENCE_ONLY' }.code", containsInAnyOrder(
                        "PRIVATE_HIRE_DRIVER", "HACKNEY_CARRIAGE_DRIVER", "SCRAP_METAL_COLLECTOR"));
    }

    @Test
    void oneTypeByCode() {
        given().when().get("/api/licensing/licence-types/TEMPORARY_EVENT_NOTICE")
                .then().statusCode(200)
                .body("name", is("Temporary event notice"))
                .body("detailsSchema.required", hasItems("eventStart", "expectedAttendance"));
    }

    @Test
    void theCatalogueMayBeKeptAndIsRevalidatedByItsETag() {
        String etag = given().when().get("/api/licensing/licence-types")
                .then().statusCode(200)
                .header("Cache-Control", is("public, max-age=300"))
                .header("ETag", matchesPattern("\"[0-9a-f]{32}\""))
                .extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/api/licensing/licence-types")
                .then().statusCode(304).header("ETag", is(etag)).body(is(emptyString()));
        given().header("If-None-Match", "W/" + etag + ", \"something-else\"").when().get("/api/licensing/licence-types")
                .then().statusCode(304);
        given().header("If-None-Match", "\"an-older-catalogue\"").when().get("/api/licensing/licence-types")
                .then().statusCode(200).header("ETag", is(etag)).body("code", hasItems("PREMISES_LICENCE"));
    }

    @Test
    void oneTypeHasATagOfItsOwn() {
        String catalogue = given().when().get("/api/licensing/licence-types").then().extract().header("ETag");
        String premises = given().when().get("/api/licensing/licence-types/PREMISES_LICENCE")
                .then().statusCode(200).header("Cache-Control", is("public, max-age=300")).extract().header("ETag");
        String tens = given().when().get("/api/licensing/licence-types/TEMPORARY_EVENT_NOTICE")
                .then().statusCode(200).extract().header("ETag");

        assertThat(List.of(catalogue, premises, tens)).doesNotHaveDuplicates();
        given().header("If-None-Match", premises).when().get("/api/licensing/licence-types/PREMISES_LICENCE")
                .then().statusCode(304);
        given().header("If-None-Match", premises).when().get("/api/licensing/licence-types/TEMPORARY_EVENT_NOTICE")
                .then().statusCode(200).body("code", is("TEMPORARY_EVENT_NOTICE"));
    }

    @Test
    void anUnknownTypeIsAProblem404() {
        given().when().get("/api/licensing/licence-types/NO_SUCH_TYPE")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("NO_SUCH_TYPE"));
    }

    @Test
    void theCatalogueCannotBeWrittenTo() {
        given().contentType("application/json").body("{}")
                .when().post("/api/licensing/licence-types")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
