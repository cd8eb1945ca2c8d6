package onestop.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.portal.procurement.SupplierForm;

@QuarkusTest
@TestProfile(PortalTestProfile.class)
class PortalFailuresTest {

    @Inject
    @Location("portal/procurement/supplier-profile")
    Template supplierProfile;

    @Test
    void aPageThatFailsShowsTheServicesErrorPageNotAProblemDocument() {
        given().accept("text/html,application/xhtml+xml").when().get("/broken-page")
                .then().statusCode(500).contentType(startsWith("text/html"))
                .body(containsString("<title>Sorry, there is a problem with the service"))
                .body(containsString("quote reference"))
                .body(not(containsString("a bug in a page")));
    }

    @Test
    void anApiAddressThatFailsStillAnswersAProblemDocument() {
        given().accept("application/json").when().get("/api/broken")
                .then().statusCode(500).contentType("application/problem+json")
                .body(not(containsString("a bug in the API")));
    }

    @Test
    void aSupplierProfileWithoutASizeYetShowsTheSizesToChooseFrom() {
        assertThat(render(profile(""))).contains("id=\"size-MICRO\"").doesNotContain(" checked>");
    }

    @Test
    void aSupplierProfileShowsTheSizeSavedBefore() {
        assertThat(render(profile("SMALL"))).contains("value=\"SMALL\" checked>").doesNotContain("value=\"MICRO\" checked");
    }

    /** Rendered away from any request, as the portal renders a page for a visitor not signed in. */
    private String render(SupplierForm form) {
        return CompletableFuture.supplyAsync(() -> supplierProfile.data("form", form)
                .data("sizes", List.of("MICRO", "SMALL", "MEDIUM", "LARGE")).data("next", null)
                .data("errors", List.of()).render()).join();
    }

    /** The form as the profile page fills it: every field "" when not saved. */
    private static SupplierForm profile(String size) {
        SupplierForm form = new SupplierForm();
        form.name = "Acme Litter Ltd";
        form.size = size;
        return form;
    }
}
