package onestop.licensing.register;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** The public register (s.8): every licence with its status, what each type may show, and downloads. */
@LicensingTest
class RegisterTest {

    @Test
    void aGrantedPrivateHireDriverLicenceShowsNeitherNameNorAddress() {
        Business driver = Business.create();
        String name = "Sam Driverson " + UUID.randomUUID().toString().substring(0, 8);
        String licenceId = Licensing.grant(Licensing.submittedPrivateHireDriver(driver, name));
        String number = as(driver.token()).when().get(API + "/licences/" + licenceId).then().statusCode(200)
                .body("holderName", is(name)).extract().path("number");

        as("").when().get(API + "/register/" + licenceId).then().statusCode(200)
                .body("licenceNumber", is(number))
                .body("licenceTypeName", is("Private hire driver licence"))
                .body("registerShows", is("LICENCE_ONLY"))
                .body("status", is("ACTIVE"))
                .body("issuedAt", notNullValue())
                .body("expiresAt", notNullValue())
                .body("holderName", nullValue())
                .body("premises", nullValue())
                .body("conditions", nullValue())
                .body("$", not(hasKey("businessId")));
        // found by its number, never by the driver's name
        as("").queryParam("q", number).when().get(API + "/register").then().body("total", is(1))
                .body("items[0].holderName", nullValue()).body("items[0].premises", nullValue());
        as("").queryParam("q", name).when().get(API + "/register").then().body("total", is(0));
        String csv = as("").queryParam("q", number).when().get(API + "/register/download.csv").then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains(number).doesNotContain(name.split(" ")[0]).doesNotContain(name.split(" ")[2]);
    }

    @Test
    void aSurrenderedLicenceIsListedAsSurrendered() {
        Business business = Business.create();
        String word = "Surrendered" + UUID.randomUUID().toString().substring(0, 8);
        String licenceId = Licensing.grantedStreetWorks(business, word + " works", List.of());
        as(business.token()).when().post(API + "/licences/" + licenceId + "/surrender").then().statusCode(200);

        as("").queryParam("q", word).when().get(API + "/register").then().statusCode(200).body("total", is(1))
                .body("items[0].status", is("SURRENDERED"))
                .body("items[0].holderName", is(word + " works Ltd"))
                .body("items[0].premises.postcode", is("B1 2HF"));
        as("").queryParam("q", word).queryParam("status", "SURRENDERED").when().get(API + "/register")
                .then().body("items.id", hasItem(licenceId));
        as("").queryParam("q", word).queryParam("status", "ACTIVE").when().get(API + "/register")
                .then().body("total", is(0));
        as("").when().get(API + "/register/" + licenceId).then().statusCode(200).body("status", is("SURRENDERED"));
    }

    @Test
    void aDownloadHasEveryMatchingRowNotOnePage() {
        Business business = Business.create();
        String word = "Download" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 3; i++) {
            Licensing.grantedStreetWorks(business, word + " site " + i, List.of("=HYPERLINK(\"x\") condition " + i));
        }
        as("").queryParam("q", word).queryParam("size", 1).when().get(API + "/register").then()
                .body("items.size()", is(1)).body("total", is(3));

        as("").queryParam("q", word).when().get(API + "/register/download.json").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .body("size()", is(3)).body("holderName", hasItem(word + " site 2 Ltd"));
        String csv = as("").queryParam("q", word).when().get(API + "/register/download.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("licence-register.csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("licence_number,licence_type,status,issued_at,expires_at,holder_name");
        assertThat(lines.get(1)).contains("Street works permit,ACTIVE").contains(word + " site 1 Ltd")
                .contains("\"'=HYPERLINK(\"\"x\"\") condition 1\"");
    }

    @Test
    void searchByTypeStatusPostcodeAndDateOfIssue() {
        Business business = Business.create();
        String word = "Dated" + UUID.randomUUID().toString().substring(0, 8);
        String licenceId = Licensing.grantedStreetWorks(business, word + " works", List.of());
        String today = LocalDate.now(onestop.platform.time.WorkingDayCalendar.COUNCIL_ZONE).toString();
        String tomorrow = LocalDate.parse(today).plusDays(1).toString();

        as("").queryParam("q", word).queryParam("licenceTypeCode", "STREET_WORKS_PERMIT").queryParam("postcode", "B1")
                .queryParam("issuedFrom", today).queryParam("issuedTo", today).queryParam("status", "ACTIVE")
                .when().get(API + "/register").then().statusCode(200).body("items.id", hasItem(licenceId));
        as("").queryParam("q", word).queryParam("issuedFrom", tomorrow).when().get(API + "/register")
                .then().body("total", is(0));
        as("").queryParam("q", word).queryParam("postcode", "B29").when().get(API + "/register")
                .then().body("total", is(0));
        as("").queryParam("issuedFrom", "31/12/2026").when().get(API + "/register").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("issuedFrom"));
        as("").queryParam("status", "LAPSED").when().get(API + "/register").then().statusCode(400)
                .body("errors[0].field", is("status"));
    }
}
