package onestop.portal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.opportunities.api.LicensingInsight;
import onestop.portal.FormError;
import onestop.portal.PortalTestProfile;
import onestop.portal.procurement.DateTyped;

/** The licensing performance pages as the portal renders what the API answers. */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class LicensingInsightTemplatesTest {

    private static final LicensingInsight FIGURES = new LicensingInsight(LocalDate.of(2019, 3, 1),
            LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 20),
            new LicensingInsight.Figures(null, 7, 5, null, bd("7.0"), bd("24.0"), 4, 1, 1, 1L, bd("20.0")),
            List.of(new LicensingInsight.Figures("PREMISES_LICENCE", 6, 4, 20, bd("8.5"), bd("24.0"), 3, 1, 1, null,
                    null),
                    new LicensingInsight.Figures("STREET_TRADING", 1, 1, 5, bd("4.0"), bd("4.0"), 1, 0, 0, 0L,
                            bd("0.0"))),
            List.of(new LicensingInsight.Month("2019-03", "PREMISES_LICENCE", 3, 2),
                    new LicensingInsight.Month("2019-03", "STREET_TRADING", 0, 0),
                    new LicensingInsight.Month("2019-04", "PREMISES_LICENCE", 3, 2),
                    new LicensingInsight.Month("2019-04", "STREET_TRADING", 1, 1)));

    @Test
    void everyFigureIsInATableAndEveryChartIsAnAccessibleImage() {
        String page = render(LicensingInsightPages.Templates.licensingInsight(
                LicensingInsightView.of(FIGURES, Map.of("PREMISES_LICENCE", "Premises licence")), false,
                DateTyped.of("from", LocalDate.of(2019, 3, 1)), DateTyped.of("to", LocalDate.of(2019, 4, 30)),
                "?from=2019-03-01&to=2019-04-30", List.of()));

        assertThat(page).contains("Licensing performance").contains("1 March 2019").contains("30 April 2019")
                .contains("href=\"/transparency/licensing.csv?from=2019-03-01&amp;to=2019-04-30\"")
                .contains("action=\"/transparency/licensing\"")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Premises licence</th>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">STREET_TRADING</th>")
                .contains(">8.5<").contains(">24.0<").contains("Not published").contains(">20.0%<")
                .contains("fewer than 5 decisions");
        // the period in GOV.UK date inputs, each a labelled day, month and year (not the browser's date picker)
        assertThat(page).doesNotContain("type=\"date\"")
                .contains("id=\"from-day\" name=\"from-day\" type=\"text\" inputmode=\"numeric\" value=\"1\"")
                .contains("id=\"from-month\" name=\"from-month\" type=\"text\" inputmode=\"numeric\" value=\"3\"")
                .contains("id=\"to-year\" name=\"to-year\" type=\"text\" inputmode=\"numeric\" value=\"2019\"");
        assertThat(page.split("role=\"img\"", -1)).hasSize(6);
        assertThat(page).contains("<title id=").contains("Applications received each month")
                .contains("Bar chart by month, in applications: 2019-03 3; 2019-04 4.");
        // the refusal rate chart has a bar only where the rate is published
        assertThat(page).contains("Bar chart by licence type, in per cent of decisions: STREET_TRADING 0.");
        assertThat(page).doesNotContain("{").doesNotContain("NOT_FOUND");
    }

    @Test
    void staffSeeTheirOwnAddressesAndABadDateIsSaid() {
        String page = render(LicensingInsightPages.Templates.licensingInsight(
                LicensingInsightView.of(FIGURES, Map.of()), true, new DateTyped("from", "31", "2", "2019"),
                DateTyped.of("to", LocalDate.of(2019, 4, 30)), "?from=2018-06-01&to=2019-05-20",
                List.of(new FormError("from-day", "The start of the period must be a real date, like 31 3 2027"))));

        assertThat(page).contains("Error: Licensing performance").contains("action=\"/insight/licensing\"")
                .contains("href=\"/insight/licensing.csv?from=2018-06-01&amp;to=2019-05-20\"")
                .contains("href=\"#from-day\"").contains("id=\"from-error\"")
                .contains("id=\"from-day\" name=\"from-day\" type=\"text\" inputmode=\"numeric\" value=\"31\"")
                .doesNotContain("fewer than 5 decisions");
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static String render(TemplateInstance page) {
        return CompletableFuture.supplyAsync(page::render).join();
    }
}
