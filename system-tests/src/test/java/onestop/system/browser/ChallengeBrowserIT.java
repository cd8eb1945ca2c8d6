package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import onestop.system.Api;
import onestop.system.RunningSystem;

/**
 * A challenge run as a process in a real browser, with JavaScript on and off: three suppliers propose, two are
 * shortlisted, both are funded for the prototype, one goes on to pre-commercialisation. Each supplier is told at
 * every step (its inbox), and the public challenge page names the funded suppliers. The stage deadlines pass by
 * moving the opportunities service's clock.
 */
class ChallengeBrowserIT extends BrowserJourneys {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void threeProposalsTwoShortlistedBothFundedOneToPreCommercialisation(boolean javaScript) {
        String word = Api.word();
        String title = "Clean air round schools " + word;
        String buyerToken = Api.staffToken(system, "buyer");
        String id = challenge(buyerToken, title);
        String alphaName = "Alpha Air " + word;
        String betaName = "Beta Sensors " + word;
        Api.Business alpha = supplier(alphaName);
        Api.Business beta = supplier(betaName);
        Api.Business gamma = supplier("Gamma Filters " + word);
        try {
            // the buyer states the terms and what the first stage asks, on its challenge page
            advance(buyerToken, id, "INVITING_SOLUTIONS");
            PortalBrowser.Visitor buyer = browser.visitor(javaScript);
            LocalDate deadline = LocalDate.now(ZoneOffset.UTC).plusDays(7);
            buyer.signIn("buyer@onestop.local", system.staffPassword("buyer")).sees("Dashboard")
                    .open("/buyer/notices/" + id + "/challenge").sees("Run the challenge")
                    .check("No").fill("Budget", "100000")
                    .fill("Intellectual property position", "The supplier keeps its intellectual property.")
                    .press("Save terms").sees("Run the challenge")
                    .select("What this stage asks for", "PROPOSAL")
                    .fill("Day", String.valueOf(deadline.getDayOfMonth()))
                    .fill("Month", String.valueOf(deadline.getMonthValue()))
                    .fill("Year", String.valueOf(deadline.getYear()))
                    .press("Save what this stage asks").sees("Run the challenge");
            assertThat(buyer.text()).contains("Submissions for this stage are sealed until its deadline.");

            // three proposals: one typed in the portal, two sent through the API
            PortalBrowser.Visitor alphaVisitor = browser.visitor(javaScript);
            alphaVisitor.signIn(alpha.email(), Api.PASSWORD).sees("Dashboard")
                    .open("/opportunities/" + id + "/challenge").sees("Challenge: " + title)
                    .fill("Your submission for the current stage", "Roadside sensors and a live air map.")
                    .press("Submit").sees("Challenge: " + title);
            assertThat(alphaVisitor.text()).contains("Your submission has been received")
                    .contains("Inviting solutions: submitted, not decided yet");
            submit(beta, id, "INVITING_SOLUTIONS");
            submit(gamma, id, "INVITING_SOLUTIONS");

            // after the deadline the buyer reads them and shortlists two
            Instant now = deadline.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
            system.moveClock(RunningSystem.OPPORTUNITIES, now);
            buyer.open("/buyer/notices/" + id + "/challenge").sees("Run the challenge");
            assertThat(buyer.text()).contains("Roadside sensors and a live air map.");
            buyer.check(alphaName).check(betaName).press("Decide this stage").sees("Run the challenge");
            told(alpha, "challenge-kept-in");
            told(beta, "challenge-kept-in");
            told(gamma, "challenge-out");

            // exploration: both send a feasibility report and are funded for the prototype
            advance(buyerToken, id, "EXPLORATION");
            now = stage(buyerToken, id, "EXPLORATION", "FEASIBILITY_REPORT", now, alpha, beta);
            buyer.open("/buyer/notices/" + id + "/challenge").sees("Run the challenge")
                    .check(alphaName).fill("Funding for " + alphaName + " (optional)", "30000")
                    .check(betaName).fill("Funding for " + betaName + " (optional)", "30000")
                    .press("Decide this stage").sees("Run the challenge");
            told(alpha, "challenge-funded");
            told(beta, "challenge-funded");

            // the prototypes are shown; one goes on to pre-commercialisation
            advance(buyerToken, id, "ACCELERATOR");
            advance(buyerToken, id, "PROTOTYPE");
            stage(buyerToken, id, "PROTOTYPE", "PROTOTYPE_DEMONSTRATION", now, alpha, beta);
            buyer.open("/buyer/notices/" + id + "/challenge").sees("Run the challenge")
                    .check(alphaName).fill("Funding for " + alphaName + " (optional)", "40000")
                    .press("Decide this stage").sees("Run the challenge");
            told(alpha, "challenge-funded", 2);
            told(beta, "challenge-out");
            advance(buyerToken, id, "PRE_COMMERCIALISATION");

            // anyone reads the challenge: its stages, the number of proposals, who was funded
            PortalBrowser.Visitor anyone = browser.visitor(javaScript);
            anyone.open("/opportunities/" + id + "/challenge").sees("Challenge: " + title);
            assertThat(anyone.page().locator("#current-stage").innerText()).isEqualTo("Pre commercialisation");
            assertThat(anyone.page().locator("#funded-total").innerText()).isEqualTo("£100,000");
            assertThat(anyone.page().locator("#ip-position").innerText())
                    .isEqualTo("The supplier keeps its intellectual property.");
            String stages = anyone.page().locator("#stages").innerText();
            assertThat(stages).contains(alphaName + ": £30,000").contains(betaName + ": £30,000")
                    .contains(alphaName + ": £40,000").doesNotContain("Gamma Filters");
            assertThat(anyone.page().locator("#stages tbody tr").first().innerText()).contains("Proposal").contains("3");
        } finally {
            system.moveClock(RunningSystem.OPPORTUNITIES, null);
        }
    }

    private static String challenge(String buyerToken, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Ideas to cut traffic fumes outside city schools.");
        body.put("type", "CHALLENGE");
        body.put("cpvCodes", List.of("73000000-2"));
        body.put("closingAt", Instant.now().plus(120, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("smeSuitable", true);
        body.put("vcseSuitable", false);
        String id = Api.as(buyerToken).contentType(ContentType.JSON).body(body)
                .post(Api.OPPORTUNITIES + "/opportunities").then().statusCode(201).extract().path("id");
        Api.as(buyerToken).post(Api.OPPORTUNITIES + "/opportunities/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static Api.Business supplier(String name) {
        Api.Business business = Api.registerBusiness(name);
        Api.as(business.token()).contentType(ContentType.JSON).body(Map.of("name", name, "size", "SMALL"))
                .put(Api.OPPORTUNITIES + "/suppliers/me").then().statusCode(200);
        return business;
    }

    private static void advance(String buyerToken, String id, String stage) {
        Api.as(buyerToken).contentType(ContentType.JSON).body(Map.of("stage", stage))
                .post(Api.OPPORTUNITIES + "/opportunities/" + id + "/stage").then().statusCode(200);
    }

    private static void submit(Api.Business business, String id, String stage) {
        Api.as(business.token()).contentType(ContentType.JSON).body(Map.of("summary", "What this stage asks for."))
                .post(Api.OPPORTUNITIES + "/opportunities/" + id + "/challenge/stages/" + stage + "/submissions")
                .then().statusCode(200);
    }

    /** Sets what a stage asks, the suppliers submit, and the service's clock passes the deadline; the new now. */
    private static Instant stage(String buyerToken, String id, String stage, String asked, Instant now,
            Api.Business... suppliers) {
        Instant deadline = now.plus(7, ChronoUnit.DAYS);
        Api.as(buyerToken).contentType(ContentType.JSON).body(Map.of("asked", asked, "deadline", deadline.toString()))
                .put(Api.OPPORTUNITIES + "/opportunities/" + id + "/challenge/stages/" + stage).then().statusCode(200);
        for (Api.Business supplier : suppliers) {
            submit(supplier, id, stage);
        }
        Instant after = deadline.plus(1, ChronoUnit.DAYS);
        system.moveClock(RunningSystem.OPPORTUNITIES, after);
        return after;
    }

    private static void told(Api.Business business, String kind) {
        told(business, kind, 1);
    }

    /** The supplier's inbox holds {@code times} notices of {@code kind}: one per decision that concerned it. */
    private static void told(Api.Business business, String kind, int times) {
        Awaitility.await(business.email() + " told " + kind).atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Api.as(business.token()).when().get("/api/me/notifications")
                        .then().statusCode(200).body("items.kind", hasItems(kind))
                        .body("items.findAll { it.kind == '" + kind + "' }.size()", is(times)));
    }
}
