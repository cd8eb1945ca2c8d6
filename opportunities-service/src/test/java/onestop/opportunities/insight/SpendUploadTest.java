package onestop.opportunities.insight;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.insight.InsightSteps.HEADER;
import static onestop.opportunities.insight.InsightSteps.upload;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/**
 * Spend uploads: the template, all or nothing (one bad row and nothing is loaded, every bad row reported by line
 * and field), a re-upload replacing the quarter, and the open data CSV.
 */
@OpportunitiesTest
class SpendUploadTest {

    private final String buyer = "Spend Council " + Api.word();
    private final String token = TestTokens.buyer(buyer);
    private final String quarter = InsightSteps.lastQuarter();
    private final LocalDate day1 = InsightSteps.firstDay(quarter);

    @Test
    void theTemplateIsPublished() {
        given().get("/api/opportunities/spend/template.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("spend-template.csv"))
                .body(is(HEADER));
    }

    @Test
    void anUploadWithOneBadRowLoadsNothingAndReportsTheRow() {
        String csv = HEADER
                + row("T1", "Good Supplier Ltd", "45000.00", day1, day1.plusDays(10))
                + row("T2", "Bad Amount Ltd", "forty thousand", day1, day1.plusDays(10))
                + row("T3", "Another Good Ltd", "£31,000", day1, day1.plusDays(10));
        upload(token, quarter, csv).then().log().ifValidationFails().statusCode(422).contentType("application/problem+json")
                .body("detail", startsWith("1 rows were rejected; nothing was loaded"))
                .body("errors", hasSize(1))
                .body("errors[0].field", is("rows[3].amount")).body("errors[0].code", is("not-a-number"));

        as().get("/api/opportunities/spend/uploads").then().statusCode(200).body("$", empty());
        given().get("/api/opportunities/spend/payments.csv?buyer=" + buyer).then().statusCode(200)
                .body(is("buyer,quarter," + HEADER));
    }

    @Test
    void everyBadRowAndFieldIsReported() {
        String csv = HEADER
                + "Someone Else,T1,Acme Ltd,123,NOTAPOSTCODE,29999.99,Works,2026-13-01," + day1 + ",\r\n"
                + row("T3", "", "45000", day1, day1.plusDays(200))
                + row("T1", "Dup Ltd", "45000", day1.plusDays(5), day1.plusDays(1))
                + "too,few,columns\r\n";
        upload(token, quarter, csv).then().statusCode(422)
                .body("errors.field", containsInAnyOrder("rows[2].body", "rows[2].supplier_company_number",
                        "rows[2].supplier_postcode", "rows[2].amount", "rows[2].invoice_date",
                        "rows[3].supplier_name", "rows[3].paid_date", "rows[4].transaction_number",
                        "rows[4].invoice_date", "rows[5].columns"))
                .body("errors.find { it.field == 'rows[4].transaction_number' }.message", is("is already on row 2"));
        upload(token, quarter, "amount,body\r\n").then().statusCode(422).body("errors[0].field", is("rows[1]"));
        upload(token, "2026-Q5", HEADER).then().statusCode(400).body("errors[0].field", is("quarter"));
        upload(token, "2999-Q1", HEADER).then().statusCode(422).body("errors[0].field", is("quarter"));
    }

    @Test
    void aReUploadOfTheQuarterReplacesItAndTheOpenDataShowsOnlyTheNewOne() {
        upload(token, quarter, HEADER + row("T1", "First Ltd", "45000.00", day1, day1.plusDays(10))
                + row("T2", "Second Ltd", "50000", day1, day1.plusDays(40))).then().statusCode(201)
                .body("quarter", is(quarter)).body("rows", is(2)).body("totalPence", is(9_500_000));
        upload(token, quarter, HEADER + row("T9", "Third, \"The\" Ltd", "£60,000.50", day1, day1.plusDays(3)))
                .then().statusCode(200).body("rows", is(1)).body("totalPence", is(6_000_050));

        as().get("/api/opportunities/spend/uploads").then().statusCode(200).body("$", hasSize(1))
                .body("[0].quarter", is(quarter)).body("[0].rows", is(1));
        given().get("/api/opportunities/spend/payments.csv?buyer=" + buyer).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(is("buyer,quarter," + HEADER + buyer + "," + quarter + "," + buyer
                        + ",T9,\"Third, \"\"The\"\" Ltd\",01234567,B5 4BU,60000.50,Works," + day1 + ","
                        + day1.plusDays(3) + ",\r\n"));
        // a header alone: the quarter had no payments over £30,000, and says so
        upload(token, quarter, HEADER).then().statusCode(200).body("rows", is(0));
        given().get("/api/opportunities/spend/payments.csv?buyer=" + buyer).then().body(is("buyer,quarter," + HEADER));
    }

    @Test
    void onlyABuyerUploads() {
        upload(TestTokens.business(UUID.randomUUID()), quarter, HEADER).then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType("text/csv").body(HEADER).put("/api/opportunities/spend/uploads/" + quarter).then()
                .statusCode(401);
        given().get("/api/opportunities/spend/uploads").then().statusCode(401);
    }

    private io.restassured.specification.RequestSpecification as() {
        return given().auth().oauth2(token);
    }

    private String row(String transaction, String supplier, String amount, LocalDate invoiced, LocalDate paid) {
        return onestop.platform.csv.Csv.line(buyer, transaction, supplier, "01234567", "B5 4BU", amount, "Works",
                invoiced, paid, "");
    }
}
