package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The Procurement Act's other routes from a draft, walked without JavaScript: a buyer engages the market first
 * (a preliminary market engagement notice, UK2), which anyone reads, and then abandons it (UK12); another draft is
 * awarded directly on a Schedule 5 ground (a transparency notice, UK5), refused while no ground is chosen.
 */
class PortalEngagementAndDirectAwardIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aBuyerEngagesTheMarketThenCancels() {
        String title = "Library self-service kiosks " + UUID.randomUUID().toString().substring(0, 8);
        FormBrowser buyer = FormBrowser.signedIn("buyer@onestop.local", system.staffPassword("buyer"));
        String noticePage = draft(buyer, title);
        String publicPage = noticePage.replace("/buyer/notices/", "/opportunities/");
        assertThat(buyer.get(noticePage).asString()).contains("Engage the market first")
                .contains("Award directly without competition");

        // what suppliers are asked is required; the last day is a real date when given
        String engagement = noticePage + "/market-engagement";
        buyer.get(engagement);
        LocalDate endsOn = LocalDate.now().plusDays(20);
        Map<String, Object> form = new HashMap<>(Map.of("description", "", "endsOn-day", endsOn.getDayOfMonth(),
                "endsOn-month", endsOn.getMonthValue(), "endsOn-year", endsOn.getYear()));
        assertThat(buyer.post(engagement, form).then().statusCode(200).extract().asString())
                .contains("<title>Error: Engage the market first").contains("govuk-error-summary")
                .contains("href=\"#description\"").contains("Enter what you are asking suppliers");
        form.put("description", "Tell us how kiosks could work in our libraries at an event on 3 March");
        form.put("endsOn-month", "13");
        assertThat(buyer.post(engagement, form).asString()).contains("href=\"#endsOn-day\"")
                .contains(">Tell us how kiosks could work");
        form.put("endsOn-month", endsOn.getMonthValue());
        Response engaged = buyer.post(engagement, form);
        assertThat(FormBrowser.location(engaged)).isEqualTo(noticePage);
        assertThat(buyer.follow(engaged).asString()).contains("govuk-tag--purple\">Market engagement")
                .contains("You are engaging the market").contains("Tell us how kiosks could work")
                .contains("Publish tender notice").contains("Cancel notice")
                .doesNotContain("Engage the market first");

        // anyone reads the engagement on the public notice, and the notice that published it
        String shown = RestAssured.given().accept("text/html").get(publicPage).then().statusCode(200).extract()
                .asString();
        assertThat(shown).contains("Market engagement").contains("Tell us how kiosks could work")
                .contains("You cannot respond to this opportunity yet")
                .contains("Preliminary market engagement notice (UK2)");

        // the buyer abandons it: the procurement termination notice follows
        buyer.get(noticePage + "/cancel");
        buyer.follow(buyer.post(noticePage + "/cancel", Map.of("reason", "The libraries will not take kiosks")));
        String history = RestAssured.given().accept("text/html").get(publicPage).asString();
        assertThat(history.indexOf("Preliminary market engagement notice (UK2)")).isPositive()
                .isLessThan(history.indexOf("Procurement termination notice (UK12)"));
    }

    @Test
    void aBuyerAwardsDirectlyOnlyOnAScheduleFiveGround() {
        String title = "Emergency roof repair " + UUID.randomUUID().toString().substring(0, 8);
        FormBrowser buyer = FormBrowser.signedIn("buyer@onestop.local", system.staffPassword("buyer"));
        String noticePage = draft(buyer, title);
        String directAward = noticePage + "/direct-award";
        assertThat(buyer.get(directAward).asString()).contains("Award directly without competition")
                .contains("Extreme and unavoidable urgency that you did not cause");

        // no ground chosen: the service's refusal is said against the radios, what was typed is kept
        Map<String, Object> award = new HashMap<>(Map.of("justification", "The roof fell in during a storm",
                "supplierName", "Roofers Ltd", "value", "25000"));
        assertThat(buyer.post(directAward, award).then().statusCode(200).extract().asString())
                .contains("<title>Error: Award directly without competition").contains("govuk-error-summary")
                .contains("href=\"#ground\"").contains("Select the Schedule 5 ground you are relying on")
                .contains("The roof fell in during a storm").contains("value=\"Roofers Ltd\"");
        award.put("ground", "EXTREME_URGENCY");
        award.put("value", "lots");
        assertThat(buyer.post(directAward, award).asString()).contains("href=\"#value\"")
                .contains("value=\"EXTREME_URGENCY\" checked");
        award.put("value", "25000");
        Response awarded = buyer.post(directAward, award);
        assertThat(FormBrowser.location(awarded)).isEqualTo(noticePage);
        assertThat(buyer.follow(awarded).asString()).contains("Awarded without competition because")
                .contains("Extreme and unavoidable urgency that you did not cause").contains("Ends at the end of")
                .doesNotContain("Award directly without competition");

        // the transparency notice is published
        String history = RestAssured.given().accept("text/html")
                .get(noticePage.replace("/buyer/notices/", "/opportunities/")).asString();
        assertThat(history).contains("Transparency notice (UK5)").contains("Roofers Ltd");

        // a contract not yet entered cannot be changed: the service's reason is the error summary
        buyer.get(noticePage + "/contract/changes");
        assertThat(buyer.post(noticePage + "/contract/changes", Map.of("description", "Two more roofs"))
                .then().statusCode(200).extract().asString()).contains("<title>Error: Change the contract")
                .contains("govuk-error-summary").contains("href=\"#description\"");
    }

    /** A new draft through the notice form; its buyer page. */
    private static String draft(FormBrowser buyer, String title) {
        buyer.get("/buyer/notices/new");
        return FormBrowser.location(buyer.post("/buyer/notices/new", PortalProcurementIT.noticeForm(title)));
    }
}
