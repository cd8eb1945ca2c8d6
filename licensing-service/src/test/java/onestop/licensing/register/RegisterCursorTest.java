package onestop.licensing.register;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** A harvester pages the register by cursor while licences are issued and surrendered: each licence exactly once. */
@LicensingTest
class RegisterCursorTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Test
    void pagingByCursorWhileTheRegisterChangesYieldsEveryLicenceExactlyOnce() {
        Business business = Business.create();
        String word = "Harvest" + UUID.randomUUID().toString().substring(0, 8);
        List<String> issued = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            issued.add(Licensing.grantedStreetWorks(business, word + " site " + i, List.of()));
        }

        List<String> harvested = new ArrayList<>();
        ExtractableResponse<Response> page = as("").queryParam("q", word).queryParam("size", 2)
                .queryParam("cursor", "").when().get(API + "/register").then().statusCode(200).extract();
        int turn = 0;
        while (!page.<List<String>>path("items.id").isEmpty()) {
            harvested.addAll(page.path("items.id"));
            if (turn++ == 0) {
                // the register changes between two pages: one licence issued, one surrendered
                issued.add(Licensing.grantedStreetWorks(business, word + " site 4", List.of()));
                as(business.token()).when().post(API + "/licences/" + issued.get(0) + "/surrender")
                        .then().statusCode(200);
            }
            Matcher next = NEXT.matcher(page.header("Link"));
            assertThat(next.find()).as("a page with rows links the next: " + page.header("Link")).isTrue();
            page = as("").urlEncodingEnabled(false).when().get(next.group(1)).then().statusCode(200).extract();
        }

        assertThat(page.header("Link")).as("the end links nothing further").isNull();
        assertThat(harvested).doesNotHaveDuplicates().containsExactlyElementsOf(issued);
        // the offset pages still answer as before
        as("").queryParam("q", word).queryParam("page", 1).queryParam("size", 2).when().get(API + "/register")
                .then().statusCode(200).body("total", is(4)).body("page", is(1));
    }

    @Test
    void aCursorTheRegisterDidNotGiveIsA400NamingIt() {
        as("").queryParam("cursor", "bm90LWEta2V5").when().get(API + "/register").then().statusCode(400)
                .body("errors[0].field", is("cursor"));
    }
}
