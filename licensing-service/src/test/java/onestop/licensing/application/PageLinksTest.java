package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** A paged list says where its next and previous pages are (Link, onestop.platform.web.PageLinks). */
@LicensingTest
class PageLinksTest {

    private final Business business = Business.create();

    @Test
    void aPagedListLinksItsNextAndPreviousPages() {
        for (int i = 1; i <= 3; i++) {
            Licensing.draft(business, "HMO_LICENCE", Licensing.premises("Paged house " + i), Map.of());
        }
        as(business.token()).queryParam("size", 2).when().get(API + "/applications")
                .then().statusCode(200)
                .header("Link", matchesPattern("</api/licensing/applications\\?(size=2&page=1|page=1&size=2)>; rel=\"next\""));
        as(business.token()).queryParam("size", 2).queryParam("page", 1).when().get(API + "/applications")
                .then().statusCode(200)
                .header("Link", matchesPattern("</api/licensing/applications\\?(size=2&page=0|page=0&size=2)>; rel=\"prev\""));
        as(business.token()).queryParam("size", 3).when().get(API + "/applications")
                .then().statusCode(200).header("Link", nullValue());
    }
}
