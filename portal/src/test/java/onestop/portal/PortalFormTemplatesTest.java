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
import onestop.licensing.api.AddressLookupView;
import onestop.licensing.api.Premises;
import onestop.portal.licensing.AddressFinder;

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
                .data("version", "").data("errors", List.of(new FormError("postcode", "Postcode is not a UK postcode")))
                .data("found", null));
        assertThat(page).contains("id=\"name\" name=\"name\" type=\"text\"")
                .contains("id=\"postcode\" name=\"postcode\" type=\"text\"").doesNotContain("type=\"{");
    }

    @Test
    void findAnAddressListsTheAddressesAtThePostcodeAsChoicesAboveTheManualFields() {
        AddressFinder.Found found = new AddressFinder.Found("B29 6BD", List.of(
                new AddressLookupView.Address("100070000201", "512, BRISTOL ROAD, BIRMINGHAM, B29 6BD",
                        "512 Bristol Road", "Birmingham", "B29 6BD"),
                new AddressLookupView.Address("100070000203", "SELLY OAK TAVERN, 516, BRISTOL ROAD, BIRMINGHAM, B29 6BD",
                        "Selly Oak Tavern, 516 Bristol Road", "Birmingham", "B29 6BD")), null, null);
        String page = render(premises.data("app", null).data("type", Map.of("code", "PREMISES_LICENCE",
                "name", "Premises licence")).data("action", "/licences/apply/PREMISES_LICENCE")
                .data("premises", new Premises("", "", "", ""))
                .data("version", "").data("errors", List.of()).data("found", found));
        assertThat(page).contains("<form method=\"get\" action=\"/licences/apply/PREMISES_LICENCE\"")
                .contains("id=\"lookup\" name=\"lookup\" type=\"text\"").contains("value=\"B29 6BD\"")
                .contains("type=\"hidden\" name=\"lookup\" value=\"B29 6BD\"")
                .contains("name=\"uprn\" type=\"radio\" value=\"100070000201\"")
                .contains("Selly Oak Tavern, 516 Bristol Road, Birmingham, B29 6BD")
                .contains("Or enter the address manually");
    }

    @Test
    void aPostcodeWithNoAddressesSaysSoAndLeavesTheManualFields() {
        AddressFinder.Found none = new AddressFinder.Found("B1 2ZZ", List.of(),
                "No addresses were found for B1 2ZZ. Check the postcode, or enter the address manually.", null);
        String page = render(premises.data("app", null).data("type", Map.of("code", "PREMISES_LICENCE",
                "name", "Premises licence")).data("action", "/licences/apply/PREMISES_LICENCE")
                .data("premises", new Premises("", "", "", ""))
                .data("version", "").data("errors", List.of()).data("found", none));
        assertThat(page).contains("No addresses were found for B1 2ZZ").doesNotContain("type=\"radio\"")
                .contains("Enter the address manually").contains("id=\"addressLine1\" name=\"addressLine1\"");
    }

    /** Rendered away from any request, as the portal renders a page for a visitor not signed in. */
    private static String render(TemplateInstance page) {
        return CompletableFuture.supplyAsync(page::render).join();
    }
}
