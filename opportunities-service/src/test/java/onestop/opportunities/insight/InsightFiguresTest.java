package onestop.opportunities.insight;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.as;
import static onestop.opportunities.insight.InsightSteps.HEADER;
import static onestop.opportunities.insight.InsightSteps.commitment;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.csv.Csv;
import onestop.platform.testing.TestTokens;

/**
 * Issue 19's acceptance, procurement half: a known set of awards, payments, commitments and reports, seeded through
 * the API, and every figure of the insight tables and their CSVs checked against it.
 */
@OpportunitiesTest
class InsightFiguresTest {

    private static final String INSIGHT = "/api/opportunities/insight/";

    private final String buyer = "Insight Council " + Api.word();
    private final String council = TestTokens.buyer(buyer);

    @Test
    void everyFigureAndEveryCsvMatchesWhatWasSeeded() {
        String sme = InsightSteps.supplier("Small Builders Ltd", "SMALL", false, "B5 4BU");
        String large = InsightSteps.supplier("Big Services plc", "LARGE", false, "LS1 1AA");
        String vcse = InsightSteps.supplier("Community Works CIC", "MICRO", true, "CV1 2AB");
        InsightSteps.Awarded building = InsightSteps.award(council, sme, "45000000-7", 1_000_000, List.of(
                commitment("LOCAL_EMPLOYMENT", "APPRENTICESHIPS", "Apprentices", 4),
                commitment("GREEN_AND_SUSTAINABLE", null, "Trees planted", 100)));
        InsightSteps.Awarded cleaning = InsightSteps.award(council, large, "90910000-9", 3_000_000, List.of(
                commitment("GREEN_AND_SUSTAINABLE", "CARBON_SAVED", "Carbon", 10)));
        InsightSteps.award(council, vcse, "45000000-7", 500_000, List.of());
        InsightSteps.directAward(council, "90910000-9", 200_000);
        String q = InsightSteps.thisQuarter();

        // the awards read model is fed from the award events: wait for all four
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .get(INSIGHT + "awards?by=buyer&buyer=" + buyer).then().statusCode(200)
                .body("rows", hasSize(1)).body("rows[0].count", is(4)));
        given().get(INSIGHT + "awards?by=size&buyer=" + buyer).then().statusCode(200)
                .body("measure", is("awards")).body("by", is("size"))
                .body("rows.quarter", is(List.of(q, q, q, q)))
                .body("rows.group", is(List.of("LARGE", "SME", "UNKNOWN", "VCSE")))
                .body("rows.count", is(List.of(1, 1, 1, 1)))
                .body("rows.valuePence", is(List.of(3_000_000, 1_000_000, 200_000, 500_000)));
        given().get(INSIGHT + "awards?by=locality&buyer=" + buyer).then()
                .body("rows.group", is(List.of("ELSEWHERE", "UNKNOWN", "WEST_MIDLANDS")))
                .body("rows.count", is(List.of(1, 1, 2)))
                .body("rows.valuePence", is(List.of(3_000_000, 200_000, 1_500_000)));
        given().get(INSIGHT + "awards?by=cpv-division&buyer=" + buyer).then()
                .body("rows.group", is(List.of("45", "90"))).body("rows.count", is(List.of(2, 2)))
                .body("rows.valuePence", is(List.of(1_500_000, 3_200_000)));
        given().get(INSIGHT + "awards.csv?by=locality&buyer=" + buyer).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(is("quarter,locality,count,value_pence\r\n" + q + ",ELSEWHERE,1,3000000\r\n" + q
                        + ",UNKNOWN,1,200000\r\n" + q + ",WEST_MIDLANDS,2,1500000\r\n"));
        given().get(INSIGHT + "awards?by=size&buyer=" + buyer + "&to=2000-Q1").then().body("rows", hasSize(0));

        // social value: two reports on a catalogue measure, one in free text, one on the other contract
        report(sme, building, "LOCAL_EMPLOYMENT", "APPRENTICESHIPS", 1);
        report(sme, building, "LOCAL_EMPLOYMENT", "APPRENTICESHIPS", 2);
        report(sme, building, "GREEN_AND_SUSTAINABLE", null, 40, "Trees planted");
        report(large, cleaning, "GREEN_AND_SUSTAINABLE", "CARBON_SAVED", 3.5);
        given().get(INSIGHT + "social-value?by=theme&buyer=" + buyer).then().statusCode(200)
                .body("theme", is(List.of("GREEN_AND_SUSTAINABLE", "LOCAL_EMPLOYMENT", "UNCLASSIFIED")))
                .body("measure", is(List.of("Carbon emissions saved", "Apprenticeships started", "Trees planted")))
                .body("unit", is(java.util.Arrays.asList("tonnes CO2e", "apprenticeships", null)))
                .body("committed", is(List.of(10, 4, 100)))
                .body("delivered", is(List.of(3.5f, 3, 40)));
        given().get(INSIGHT + "social-value.csv?by=contract&buyer=" + buyer).then().statusCode(200)
                .body(is(Csv.line("theme", "contract_reference", "contract_title", "buyer", "measure_code", "measure",
                        "unit", "committed", "delivered")
                        + svLine("GREEN_AND_SUSTAINABLE", cleaning, "CARBON_SAVED", "Carbon emissions saved", "tonnes CO2e", "10", "3.5")
                        + svLine("LOCAL_EMPLOYMENT", building, "APPRENTICESHIPS", "Apprenticeships started", "apprenticeships", "4", "3")
                        + svLine("UNCLASSIFIED", building, "", "Trees planted", "", "100", "40")));

        // spend of last quarter: linked to two of the awards by contract reference, one to none
        String p = InsightSteps.lastQuarter();
        LocalDate day1 = InsightSteps.firstDay(p);
        String csv = HEADER
                + Csv.line(buyer, "T1", "Small Builders Ltd", "01234567", "B5 4BU", "45000.00", "Construction",
                        day1, day1.plusDays(19), building.reference()) // 19 days: on time; SME, local, 45
                + Csv.line(buyer, "T2", "Big Services plc", "", "", "£120,000.50", "Cleaning", day1,
                        day1.plusDays(39), cleaning.reference()) // 39 days: late; large, elsewhere (its award's), 90
                + Csv.line(buyer, "T3", "Unlinked Ltd", "", "LS2 7AB", "30000.01", "Consultancy", day1.plusDays(10),
                        day1.plusDays(40), ""); // 30 days: on time; unknown size and division, elsewhere
        InsightSteps.upload(council, p, csv).then().statusCode(201).body("rows", is(3));
        given().get(INSIGHT + "spend?by=size&buyer=" + buyer).then().statusCode(200).body("measure", is("spend"))
                .body("rows.quarter", is(List.of(p, p, p)))
                .body("rows.group", is(List.of("LARGE", "SME", "UNKNOWN")))
                .body("rows.count", is(List.of(1, 1, 1)))
                .body("rows.valuePence", is(List.of(12_000_050, 4_500_000, 3_000_001)));
        given().get(INSIGHT + "spend?by=locality&buyer=" + buyer).then()
                .body("rows.group", is(List.of("ELSEWHERE", "WEST_MIDLANDS"))).body("rows.count", is(List.of(2, 1)))
                .body("rows.valuePence", is(List.of(15_000_051, 4_500_000)));
        given().get(INSIGHT + "spend?by=cpv-division&buyer=" + buyer).then()
                .body("rows.group", is(List.of("45", "90", "UNKNOWN")))
                .body("rows.valuePence", is(List.of(4_500_000, 12_000_050, 3_000_001)));
        given().get(INSIGHT + "spend.csv?by=buyer&buyer=" + buyer).then().statusCode(200)
                .body(is("quarter,buyer,count,value_pence\r\n" + p + "," + buyer + ",3,19500051\r\n"));
        given().get(INSIGHT + "payments-compliance?buyer=" + buyer).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].quarter", is(p)).body("[0].invoices", is(3))
                .body("[0].paidWithin30Days", is(2)).body("[0].sharePercent", is(66.7f));
        given().get(INSIGHT + "payments-compliance.csv?buyer=" + buyer).then().statusCode(200)
                .body(is("quarter,buyer,invoices,paid_within_30_days,share_percent\r\n" + p + "," + buyer
                        + ",3,2,66.7\r\n"));
    }

    @Test
    void aMeasureCodeMustBeInTheCatalogueUnderItsTheme() {
        given().get("/api/opportunities/social-value/measures").then().statusCode(200)
                .body("find { it.code == 'APPRENTICESHIPS' }.theme", is("LOCAL_EMPLOYMENT"))
                .body("find { it.code == 'CARBON_SAVED' }.unit", is("tonnes CO2e"));
        String sme = InsightSteps.supplier("Small Builders Ltd", "SMALL", false, "B5 4BU");
        InsightSteps.Awarded contract = InsightSteps.award(council, sme, "45000000-7", 1_000_000, List.of());
        String reports = "/api/opportunities/contracts/" + contract.id() + "/social-value-reports";
        as(sme).body(Map.of("period", "2026-Q4", "theme", "LOCAL_EMPLOYMENT", "measure", "x", "value", 1,
                "measureCode", "NO_SUCH_MEASURE")).post(reports).then().statusCode(422)
                .body("errors[0].field", is("measureCode")).body("errors[0].code", is("unknown"));
        as(sme).body(Map.of("period", "2026-Q4", "theme", "LOCAL_EMPLOYMENT", "measure", "x", "value", 1,
                "measureCode", "CARBON_SAVED")).post(reports).then().statusCode(422)
                .body("errors[0].field", is("theme"));
        Map<String, Object> notice = Api.notice("Coded commitments " + Api.word());
        String id = as(council).body(notice).post(Api.OPPORTUNITIES).then().statusCode(201).extract().path("id");
        given().auth().oauth2(council).post(Api.OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);
        as(sme).body(Map.of("summary", "Yes", "pricePence", 1, "socialValueCommitments", List.of(
                commitment("LOCAL_EMPLOYMENT", "APPRENTICESHIPS", "Apprentices", 1),
                commitment("LOCAL_EMPLOYMENT", "WASTE_DIVERTED", "Waste", 1))))
                .post(Api.OPPORTUNITIES + "/" + id + "/responses").then().statusCode(422)
                .body("errors[0].field", is("socialValueCommitments[1].theme"));
        given().get(INSIGHT + "social-value?by=colour").then().statusCode(400).body("errors[0].field", is("by"));
        given().get(INSIGHT + "awards?by=size&from=2026-Q9").then().statusCode(400)
                .body("errors[0].field", is("from"));
        given().get(INSIGHT + "spend").then().statusCode(400).body("errors[0].code", is("required"));
    }

    private static void report(String token, InsightSteps.Awarded contract, String theme, String code, Object value) {
        report(token, contract, theme, code, value, "as counted");
    }

    private static void report(String token, InsightSteps.Awarded contract, String theme, String code, Object value,
            String measure) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("period", "2026-Q4", "theme", theme, "measure",
                measure, "value", value));
        if (code != null) {
            body.put("measureCode", code);
        }
        as(token).body(body).post("/api/opportunities/contracts/" + contract.id() + "/social-value-reports").then()
                .statusCode(201);
    }

    private String svLine(String theme, InsightSteps.Awarded contract, String code, String measure, String unit,
            String committed, String delivered) {
        return theme + "," + contract.reference() + ",Insight contract " + titleWord(contract) + "," + buyer + ","
                + code + "," + measure + "," + unit + "," + committed + "," + delivered + "\r\n";
    }

    private static String titleWord(InsightSteps.Awarded contract) {
        return given().get(Api.OPPORTUNITIES + "/" + contract.id()).then().extract().<String>path("title")
                .substring("Insight contract ".length());
    }
}
