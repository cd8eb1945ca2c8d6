package onestop.opportunities.insight;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import onestop.opportunities.Api;
import onestop.opportunities.TestClock;
import onestop.platform.testing.TestTokens;
import onestop.platform.time.WorkingDayCalendar;

/** Test steps of the insight figures: suppliers, awards with commitments, spend uploads, quarters. */
final class InsightSteps {

    static final String HEADER = "body,transaction_number,supplier_name,supplier_company_number,supplier_postcode,"
            + "amount,expense_type,invoice_date,paid_date,contract_reference\r\n";

    private InsightSteps() {
    }

    /** A business with a supplier profile of this size, VCSE or not, at this postcode; its token. */
    static String supplier(String name, String size, boolean vcse, String postcode) {
        String token = TestTokens.business(UUID.randomUUID());
        as(token).body(Map.of("name", name, "size", size, "vcse", vcse, "charterSignatory", true,
                "postcode", postcode)).put("/api/opportunities/suppliers/me").then().statusCode(200);
        return token;
    }

    /** A notice under {@code cpv}, answered by {@code winner} with these commitments, closed and awarded to it. */
    static Awarded award(String buyer, String winner, String cpv, long valuePence, List<Map<String, Object>> commitments) {
        // a deadline an hour away: the clock moves an hour to it, so the award falls in this quarter
        Map<String, Object> notice = Api.notice("Insight contract " + Api.word(), Duration.ofHours(1));
        notice.put("cpvCodes", List.of(cpv));
        UUID id = Api.published(buyer, notice);
        String response = as(winner).body(Map.of("summary", "We can do this.", "pricePence", valuePence,
                "socialValueCommitments", commitments)).post(OPPORTUNITIES + "/" + id + "/responses").then()
                .statusCode(201).extract().path("id");
        Api.deadlinePasses(buyer, OPPORTUNITIES + "/" + id);
        String reference = as(buyer).body(Map.of("responseId", response, "valuePence", valuePence))
                .post(OPPORTUNITIES + "/" + id + "/award").then().statusCode(200).extract().path("reference");
        return new Awarded(id, reference);
    }

    /** A direct award to a supplier not registered here: no size, no postcode. */
    static Awarded directAward(String buyer, String cpv, long valuePence) {
        Map<String, Object> notice = Api.notice("Insight direct award " + Api.word());
        notice.put("cpvCodes", List.of(cpv));
        UUID id = Api.draft(buyer, notice);
        String reference = as(buyer).body(Map.of("ground", "EXTREME_URGENCY", "justification", "A storm",
                "supplierName", "Storm Roofers Ltd", "valuePence", valuePence))
                .post(OPPORTUNITIES + "/" + id + "/direct-award").then().statusCode(200).extract().path("reference");
        return new Awarded(id, reference);
    }

    record Awarded(UUID id, String reference) {
    }

    static Map<String, Object> commitment(String theme, String measureCode, String measure, Object target) {
        Map<String, Object> c = new java.util.HashMap<>(Map.of("theme", theme, "description", "We will",
                "measure", measure, "target", target));
        if (measureCode != null) {
            c.put("measureCode", measureCode);
        }
        return c;
    }

    static io.restassured.response.Response upload(String buyerToken, String quarter, String csv) {
        return given().auth().oauth2(buyerToken).contentType("text/csv; charset=UTF-8").body(csv)
                .put("/api/opportunities/spend/uploads/" + quarter);
    }

    static String thisQuarter() {
        return quarter(today());
    }

    /** The quarter before this one: every day of it is past, so any paid date in it may be uploaded. */
    static String lastQuarter() {
        return quarter(today().minusMonths(3));
    }

    /** Today on the service's clock, which a deadline passing moves on. */
    private static LocalDate today() {
        return LocalDate.ofInstant(Arc.container().instance(TestClock.class).get().instant(),
                WorkingDayCalendar.COUNCIL_ZONE);
    }

    static LocalDate firstDay(String quarter) {
        return LocalDate.of(Integer.parseInt(quarter.substring(0, 4)), (quarter.charAt(6) - '1') * 3 + 1, 1);
    }

    private static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static ContentType json() {
        return ContentType.JSON;
    }
}
