package onestop.system.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spend data and the procurement insight pages (issue 19) in a real browser, JavaScript on and off, every page
 * checked with axe-core: a buyer's upload with a bad row loads nothing and lists the row; the corrected file
 * loads; the public transparency page shows its spend and payments compliance as charts with tables and CSV links;
 * the staff page shows every dimension.
 */
class SpendInsightBrowserIT extends BrowserJourneys {

    private static final String BUYER = "Birmingham City Council";
    private static final String HEADER = "body,transaction_number,supplier_name,supplier_company_number,"
            + "supplier_postcode,amount,expense_type,invoice_date,paid_date,contract_reference\r\n";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aBuyerUploadsSpendAndAnyoneReadsTheFigures(boolean javaScript) {
        // a quarter of its own for each run, wholly past: two and three quarters back
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).minusMonths(javaScript ? 6 : 9);
        String quarter = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
        LocalDate day1 = LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
        String good = BUYER + ",T1,Small Builders Ltd,01234567,B5 4BU,45000.00,Construction," + day1 + ","
                + day1.plusDays(10) + ",\r\n";
        String late = BUYER + ",T2,Big Services plc,,LS1 1AA,\"£50,000\",Cleaning," + day1 + "," + day1.plusDays(40)
                + ",\r\n";
        String bad = BUYER + ",T3,Nobody Ltd,,,forty thousand,Cleaning," + day1 + "," + day1.plusDays(5) + ",\r\n";

        PortalBrowser.Visitor buyer = browser.visitor(javaScript);
        buyer.signIn("buyer@onestop.local", system.staffPassword("buyer")).sees("Dashboard")
                .open("/buyer/spend").sees("Spend data")
                .fill("Quarter", quarter)
                .upload("CSV file of payments", "spend.csv", "text/csv",
                        (HEADER + good + bad + late).getBytes(StandardCharsets.UTF_8))
                .press("Upload payments").sees("Error: Spend data").screenshot("spend-rejected");
        assertThat(buyer.page().locator(".govuk-error-summary").innerText())
                .contains("1 rows were rejected; nothing was loaded");
        assertThat(buyer.page().locator("#rejected-rows").innerText()).contains("3\tamount\tMust be an amount in pounds");
        assertThat(buyer.text()).doesNotContain(quarter + "\t");

        buyer.fill("Quarter", quarter)
                .upload("CSV file of payments", "spend.csv", "text/csv",
                        (HEADER + good + late).getBytes(StandardCharsets.UTF_8))
                .press("Upload payments").sees("Spend data");
        assertThat(buyer.page().locator(".govuk-panel").innerText()).contains(quarter + " loaded")
                .contains("2 payments, £95,000");

        // anyone: the public figures of that quarter
        PortalBrowser.Visitor anyone = browser.visitor(javaScript);
        anyone.open("/transparency/procurement").sees("Procurement transparency")
                .fill("Buyer (optional)", BUYER).fill("From quarter (optional)", quarter)
                .fill("To quarter (optional)", quarter).press("Show figures").sees("Procurement transparency")
                .screenshot("transparency");
        String locality = anyone.page().locator("#spend-by-locality").innerText();
        assertThat(locality).contains("Elsewhere").contains("West Midlands")
                .contains(quarter + "\tElsewhere\t1\t£50,000.00").contains(quarter + "\tWest Midlands\t1\t£45,000.00");
        assertThat(anyone.page().locator("#spend-by-locality svg title").textContent())
                .isEqualTo("Spend over £30,000 by locality");
        assertThat(anyone.page().locator("#payments-compliance").innerText())
                .contains(quarter + "\t" + BUYER + "\t2\t1\t50.0%");
        String csvHref = anyone.page().locator("#payments-compliance a[download]").getAttribute("href");
        // the href as the page gives it, already encoded (a space is +): rest-assured must not encode it again
        assertThat(given().urlEncodingEnabled(false).get(csvHref).then().statusCode(200).extract().asString())
                .isEqualTo("quarter,buyer,invoices,paid_within_30_days,share_percent\r\n" + quarter + "," + BUYER
                        + ",2,1,50.0\r\n");
        assertThat(anyone.page().locator("#spend-by-cpv-division").count()).isZero();

        // staff: every dimension, and social value by contract
        buyer.open("/insight/procurement?buyer=" + BUYER.replace(" ", "+") + "&from=" + quarter + "&to=" + quarter)
                .sees("Procurement insight").screenshot("procurement-insight");
        assertThat(buyer.page().locator("#spend-by-cpv-division").innerText())
                .contains(quarter + "\tNot known\t2\t£95,000.00");
        assertThat(buyer.page().locator("#spend-by-buyer").innerText()).contains(quarter + "\t" + BUYER + "\t2\t£95,000.00");
        assertThat(buyer.page().locator("#social-value-by-contract").count()).isOne();
    }
}
