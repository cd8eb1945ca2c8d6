package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The procurement pages of the portal, walked as people do with a browser without JavaScript: a buyer
 * drafts and publishes a notice, a supplier finds it, asks, responds; the buyer answers, closes and awards.
 */
class PortalProcurementIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aNoticeGoesFromTheBuyersDraftToAPublicAwardThroughThePages() {
        String word = Api.word();
        String title = "Festival litter picking " + word;
        FormBrowser buyer = FormBrowser.signedIn("buyer@onestop.local", system.staffPassword("buyer"));
        Api.Business acme = Api.registerBusiness("Acme Litter Ltd");
        FormBrowser supplier = FormBrowser.signedIn(acme.email(), Api.PASSWORD);

        // the supplier saves a search for the word before any notice has it
        supplier.get("/opportunities?q=" + word);
        Response saved = supplier.post("/alerts/new", Map.of("q", word, "name", "Litter " + word));
        assertThat(supplier.follow(saved).asString()).contains("Litter " + word).contains("Keywords: " + word);

        // the buyer's form refuses money that is not money and a CPV code the service does not know, the GOV.UK way
        buyer.get("/buyer/notices/new");
        Map<String, Object> notice = noticeForm(title);
        Map<String, Object> bad = new HashMap<>(notice);
        bad.put("valueMin", "lots");
        String refused = buyer.post("/buyer/notices/new", bad).then().statusCode(200).extract().asString();
        assertThat(refused).contains("<title>Error: Create a notice").contains("govuk-error-summary")
                .contains("Enter the minimum value as an amount in pounds").contains("href=\"#valueMin\"")
                .contains("value=\"" + title + "\"").doesNotContain("problem+json");
        bad.put("valueMin", "10000");
        bad.put("cpvCodes", "12345678-0");
        assertThat(buyer.post("/buyer/notices/new", bad).asString()).contains("govuk-error-summary")
                .contains("href=\"#cpvCodes\"").contains("value=\"12345678-0\"");

        Response created = buyer.post("/buyer/notices/new", notice);
        String noticePage = FormBrowser.location(created);
        String id = noticePage.substring("/buyer/notices/".length());
        assertThat(buyer.follow(created).asString()).contains(title).contains("Draft").contains("Publish notice");
        assertThat(buyer.get("/buyer/notices").asString()).contains(title);
        assertThat(buyer.follow(buyer.post(noticePage + "/publish", Map.of())).asString()).contains("The notice closes itself then");

        // the supplier finds it with filters, and the alert its saved search raised
        assertThat(supplier.get("/opportunities?q=" + word + "&type=TENDER&smeSuitable=true&minValue=5000").asString())
                .contains(title).contains("1 opportunity");
        assertThat(supplier.get("/opportunities?q=" + word + "&type=QUOTE").asString()).doesNotContain(title);
        // the alert travels through Kafka (notice published, matched by the alerts consumer): on a loaded machine
        // that takes longer than the page calls around it, so the wait is generous (it ends as soon as it shows)
        Awaitility.await("the alert").atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(supplier.get("/alerts").asString()).contains(title));

        // a question, answered and published on the notice without the asker
        assertThat(supplier.get("/opportunities/" + id).asString()).contains("Respond to this opportunity")
                .contains("Ask a question about this opportunity");
        supplier.get("/opportunities/" + id + "/questions/new");
        assertThat(supplier.post("/opportunities/" + id + "/questions/new", Map.of("question", "")).asString())
                .contains("govuk-error-summary").contains("Enter your question");
        assertThat(supplier.follow(supplier.post("/opportunities/" + id + "/questions/new",
                Map.of("question", "Are bins provided?"))).asString())
                .contains("Question sent").contains("without your name");
        assertThat(buyer.get(noticePage).asString()).contains("Are bins provided?");
        String questionId = buyer.get(noticePage).asString().replaceAll("(?s).*/questions/([0-9a-f-]{36})/answer.*", "$1");
        buyer.follow(buyer.post(noticePage + "/questions/" + questionId + "/answer",
                Map.of("answer", "Yes, forty of them.", "publish", "true")));
        assertThat(RestAssured.given().accept("text/html").get("/opportunities/" + id).asString())
                .contains("Are bins provided?").contains("Yes, forty of them.").doesNotContain("Acme Litter");

        // responding needs a supplier profile first; then the response, its receipt and its licence check
        Response toProfile = supplier.get("/opportunities/" + id + "/respond");
        assertThat(FormBrowser.location(toProfile)).startsWith("/supplier-profile");
        supplier.follow(toProfile);
        Response profileSaved = supplier.post("/supplier-profile", Map.of("name", "Acme Litter Ltd", "size", "SMALL",
                "charterSignatory", "true", "next", "/opportunities/" + id + "/respond"));
        assertThat(FormBrowser.location(profileSaved)).isEqualTo("/opportunities/" + id + "/respond");
        assertThat(supplier.follow(profileSaved).asString()).contains("Submit response");
        Map<String, Object> response = Map.of("summary", "Twelve pickers, all local.", "price", "£18,500.50",
                "sv-0-theme", "LOCAL_EMPLOYMENT", "sv-0-description", "Hire from Aston", "sv-0-measure",
                "local people hired", "sv-0-target", "6");
        Map<String, Object> badPrice = new HashMap<>(response);
        badPrice.put("price", "eighteen grand");
        assertThat(supplier.post("/opportunities/" + id + "/respond", badPrice).asString())
                .contains("<title>Error: Respond to this opportunity").contains("href=\"#price\"")
                .contains("Enter the price as an amount in pounds").contains("Twelve pickers, all local.");
        Response submitted = supplier.post("/opportunities/" + id + "/respond", response);
        String receiptPath = FormBrowser.location(submitted);
        String receipt = supplier.follow(submitted).asString();
        assertThat(receipt).contains("Response submitted").containsPattern("RSP-\\d{4}-\\d{6}")
                .contains("£18,500.50").contains("Local employment").contains("local people hired")
                .contains("Premises licence").contains("Missing").contains("href=\"/licences/apply\"");
        assertThat(supplier.get("/responses").asString()).contains(title).contains("Awaiting decision");
        // the response's id comes back in the amend form; anything but an id never reaches the service's paths
        Map<String, Object> crafted = new HashMap<>(response);
        crafted.put("responseId", "../../../suppliers/me");
        assertThat(supplier.post("/opportunities/" + id + "/respond", crafted).statusCode()).isEqualTo(404);

        // another supplier cannot see it; a supplier cannot open the buyer's pages
        FormBrowser rival = FormBrowser.signedIn(Api.registerBusiness("Rival Clean CIC").email(), Api.PASSWORD);
        assertThat(rival.get(receiptPath.replaceAll("\\?.*", "")).statusCode()).isEqualTo(404);
        assertThat(supplier.get("/buyer/notices").statusCode()).isEqualTo(404);
        assertThat(supplier.get(noticePage).statusCode()).isEqualTo(404);

        // sealed tenders: until it closes the buyer sees how many responses arrived, not whose or what they say
        String sealed = buyer.get(noticePage).asString();
        assertThat(sealed).contains("1 response has arrived").contains("sealed until the notice closes")
                .doesNotContain("Acme Litter Ltd").doesNotContain("£18,500.50").doesNotContain("Hire from Aston");
        // and the award waits for the deadline: the service's refusal is shown on the page
        String responseId = receiptPath.replaceAll(".*/responses/([0-9a-f-]{36}).*", "$1");
        String early = buyer.post(noticePage + "/award", Map.of("responseId", responseId, "awardValue", "18500.50"))
                .then().statusCode(200).extract().asString();
        assertThat(early).contains("govuk-error-summary").contains("1 response has arrived")
                .doesNotContain("Acme Litter Ltd");
        system.deadlinePasses(id);
        String closed = buyer.get(noticePage).asString();
        assertThat(closed).contains("Acme Litter Ltd").contains("£18,500.50").contains("Missing")
                .contains("Hire from Aston");
        buyer.follow(buyer.post(noticePage + "/award", Map.of("responseId", responseId, "awardValue", "18500.50")));
        assertThat(RestAssured.given().accept("text/html").get("/opportunities/" + id).asString())
                .contains("Awarded to").contains("Acme Litter Ltd");
        assertThat(supplier.get("/responses").asString()).contains("Awarded to you");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        FormBrowser buyer = FormBrowser.signedIn("buyer@onestop.local", system.staffPassword("buyer"));
        buyer.get("/buyer/notices/new");
        String noticePage = FormBrowser.location(buyer.post("/buyer/notices/new", noticeForm("Hedge trimming csrf")));
        Response forged = buyer.postExactly(noticePage + "/cancel", Map.of("reason", "Forged"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.asString()).doesNotContain("Forged");
        assertThat(buyer.get(noticePage).asString()).contains("Draft").doesNotContain("Cancelled because");
        assertThat(buyer.postExactly(noticePage + "/publish", Map.of("csrf", "not-the-token")).statusCode())
                .isEqualTo(403);
        assertThat(buyer.get(noticePage).asString()).contains("Publish notice");
    }

    static Map<String, Object> noticeForm(String title) {
        LocalDate closing = LocalDate.now().plusDays(30);
        Map<String, Object> form = new HashMap<>();
        form.put("title", title);
        form.put("description", "Picking litter across the festival site.");
        form.put("type", "TENDER");
        form.put("cpvCodes", "90910000-9");
        form.put("valueMin", "10000");
        form.put("valueMax", "25,000");
        form.put("closing-day", String.valueOf(closing.getDayOfMonth()));
        form.put("closing-month", String.valueOf(closing.getMonthValue()));
        form.put("closing-year", String.valueOf(closing.getYear()));
        form.put("closingTime", "17:00");
        form.put("location", "Birmingham");
        form.put("postcode", "B1 1BB");
        form.put("smeSuitable", "true");
        form.put("requiredLicenceTypes", List.of("PREMISES_LICENCE"));
        form.put("socialValueThemes", List.of("LOCAL_EMPLOYMENT"));
        return form;
    }
}
