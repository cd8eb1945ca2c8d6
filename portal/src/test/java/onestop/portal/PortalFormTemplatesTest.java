package onestop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * Forms as the portal renders them, away from the services: each field is sent under its own name and the
 * error summary links to a field on the page. A page's own data (a search's "name", a licence "type") must
 * not leak into the attributes of the fields it includes.
 */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class PortalFormTemplatesTest {

    @Inject
    @Location("portal/procurement/save-search")
    Template saveSearch;

    @Inject
    @Location("portal/licensing/premises")
    Template premises;

    @Test
    void aSavedSearchWithAValueThatIsNotMoneyShowsTheValueToCorrectWhereTheSummaryLinks() {
        // the page's own "name" (the search's) must not become the name its fields are sent under
        String page = render(saveSearch.data("search", new OpportunitySearchForm())
                .data("query", List.of(Map.entry("q", "drains"), Map.entry("minValue", "lots"))).data("name", "Drains")
                .data("errors", List.of(new FormError("minValue", "Enter a minimum value in pounds, like 25000"))));
        assertThat(page).contains("href=\"#minValue\"").contains("govuk-form-group govuk-form-group--error")
                .contains("id=\"minValue\" name=\"minValue\"").contains("value=\"lots\"")
                .contains("id=\"name\" name=\"name\"")
                .contains("type=\"hidden\" name=\"q\" value=\"drains\"");
    }

    @Test
    void thePremisesFieldsAreTextFieldsWhateverTheLicenceType() {
        String page = render(premises.data("app", null).data("type", Map.of("code", "STREET_TRADING_CONSENT",
                "name", "Street trading consent")).data("action", "/licences/apply/STREET_TRADING_CONSENT")
                .data("premises", Map.of("name", "", "addressLine1", "", "town", "", "postcode", "B1"))
                .data("version", "").data("errors", List.of(new FormError("postcode", "Postcode is not a UK postcode"))));
        assertThat(page).contains("id=\"name\" name=\"name\" type=\"text\"")
                .contains("id=\"postcode\" name=\"postcode\" type=\"text\"").doesNotContain("type=\"{");
    }

    /** Rendered away from any request, as the portal renders a page for a visitor not signed in. */
    private static String render(TemplateInstance page) {
        return CompletableFuture.supplyAsync(page::render).join();
    }
}
