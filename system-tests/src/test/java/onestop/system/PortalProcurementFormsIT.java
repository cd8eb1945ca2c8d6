package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Every procurement form of the portal, sent what a person gets wrong: blanks, words for money, impossible dates,
 * an old tab (a stale version), an action the notice's state no longer allows. Each answer is the page again with
 * a GOV.UK error summary linked to the field, never a 500 or a problem document.
 */
class PortalProcurementFormsIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void theNoticeFormRefusesBlanksImpossibleDatesAndAnOldTab() {
        FormBrowser buyer = buyer();
        buyer.get("/buyer/notices/new");
        ErrorSummary.namesField(buyer.post("/buyer/notices/new", notice("", Map.of())), "title", "Enter a title");
        ErrorSummary.namesField(buyer.post("/buyer/notices/new", notice("Gritting", Map.of("closing-day", "31",
                "closing-month", "2"))), "closing-day", "Closing date must be a real date");
        ErrorSummary.namesField(buyer.post("/buyer/notices/new", notice("Gritting", Map.of("closingTime", "25:99"))),
                "closingTime", "Enter the closing time in 24-hour format");
        ErrorSummary.namesField(buyer.post("/buyer/notices/new", notice("Gritting", Map.of("valueMin", "30000",
                "valueMax", "20000"))), "valueMax", "minimum value");

        String page = draft(buyer, "Winter gritting");
        buyer.get(page + "/edit");
        String opened = buyer.hidden("version");
        assertThat(buyer.post(page + "/edit", notice("Winter gritting and salting", Map.of("version", opened)))
                .statusCode()).isEqualTo(303);
        String refused = ErrorSummary.namesField(buyer.post(page + "/edit", notice("Winter gritting, old tab",
                Map.of("version", opened))), "title", "Someone else changed this notice");
        assertThat(refused).contains("value=\"Winter gritting, old tab\"");
    }

    @Test
    void publishingADraftThatIsNotReadyOrAClosedNoticeIsRefusedOnItsStatus() {
        FormBrowser buyer = buyer();
        buyer.get("/buyer/notices/new");
        Map<String, Object> unready = notice("Bin repairs", Map.of("closing-day", "", "closing-month", "",
                "closing-year", "", "closingTime", "", "cpvCodes", ""));
        String page = FormBrowser.location(buyer.post("/buyer/notices/new", unready));
        buyer.get(page);
        String refused = ErrorSummary.linksTo(buyer.post(page + "/publish", Map.of()), "status", "Closing date: ");
        assertThat(refused).contains("CPV codes: ").contains("Draft");

        String open = published(buyer, "Bin lid replacement");
        // an open notice closes at its deadline: there is nothing to close it sooner
        assertThat(buyer.get(open).asString()).contains("The notice closes itself then").doesNotContain("Close notice");
        system.deadlinePasses(open.substring("/buyer/notices/".length()));
        assertThat(buyer.get(open).asString()).contains("Closed");
        ErrorSummary.linksTo(buyer.post(open + "/publish", Map.of()), "status", "");
    }

    @Test
    void anOpenNoticeIsChangedAsANewVersionWhoseDeadlineMovesLaterButNotEarlier() {
        FormBrowser buyer = buyer();
        String title = "Street lighting repairs";
        String open = published(buyer, title);
        String id = open.substring("/buyer/notices/".length());
        assertThat(buyer.get(open).asString()).contains("Change notice");
        assertThat(buyer.get(buyer.link("/buyer/notices/[^\"]+/edit")).asString())
                .contains("Change the published notice").contains("Publish the change").contains("not earlier");
        Map<String, Object> opened = Map.of("version", buyer.hidden("version"), "status", buyer.hidden("status"),
                "closingWas", buyer.hidden("closingWas"));

        Map<String, Object> sooner = new HashMap<>(opened);
        sooner.putAll(closing(LocalDate.now().plusDays(27)));
        String refused = ErrorSummary.namesField(buyer.post(open + "/edit", notice(title, sooner)), "closing-day",
                "earlier than the published deadline");
        assertThat(refused).contains("Change the published notice");

        Map<String, Object> later = new HashMap<>(opened);
        later.putAll(closing(LocalDate.now().plusDays(37)));
        later.put("description", "Repairing street lights across the city, and their columns.");
        assertThat(buyer.post(open + "/edit", notice(title, later)).statusCode()).isEqualTo(303);
        RestAssured.given().get(Api.OPPORTUNITIES + "/opportunities/" + id).then().statusCode(200)
                .body("description", org.hamcrest.Matchers.containsString("their columns"))
                .body("closingAt", org.hamcrest.Matchers.is(LocalDate.now().plusDays(37).atTime(17, 0)
                        .atZone(ZoneId.of("Europe/London")).toInstant().toString()));
        assertThat(RestAssured.given().get(Api.OPPORTUNITIES + "/opportunities/" + id + "/notices").then().statusCode(200)
                .extract().<List<String>>path("noticeType")).containsExactly("UK4", "UK4");
    }

    @Test
    void anAddressNoPageHasIsPageNotFoundForSomeoneSignedInToo() {
        FormBrowser buyer = buyer();
        String page = draft(buyer, "Pothole repairs");
        // no route matches these: they are answered where the database may not be read, and were a 500
        for (String address : List.of(page + "/no-such-page", "/opportunities/" + java.util.UUID.randomUUID()
                + "/no-such-page", "/no-such-page")) {
            Response missing = buyer.get(address);
            assertThat(missing.statusCode()).as(address).isEqualTo(404);
            assertThat(missing.asString()).contains("Page not found").doesNotContain("Internal Server Error");
        }
    }

    /** The closing date fields of the notice form for {@code day}, at 17:00 as the usual answers have it. */
    private static Map<String, Object> closing(LocalDate day) {
        return Map.of("closing-day", String.valueOf(day.getDayOfMonth()),
                "closing-month", String.valueOf(day.getMonthValue()), "closing-year", String.valueOf(day.getYear()));
    }

    @Test
    void cancellingWithoutAReasonOrTwiceIsRefusedOnTheReasonAndTheNoticeStillOpensForThoseWhoResponded() {
        FormBrowser buyer = buyer();
        String page = published(buyer, "Park bench painting");
        String id = page.substring("/buyer/notices/".length());
        FormBrowser supplier = supplier("Bournville Benches Ltd");
        supplier.get("/supplier-profile");
        supplier.post("/supplier-profile", Map.of("name", "Bournville Benches Ltd", "size", "MICRO"));
        supplier.get("/opportunities/" + id + "/respond");
        assertThat(supplier.post("/opportunities/" + id + "/respond", Map.of("summary", "Two coats of paint.",
                "price", "1200")).statusCode()).isEqualTo(303);
        buyer.get(page + "/cancel");
        ErrorSummary.namesField(buyer.post(page + "/cancel", Map.of("reason", " ")), "reason",
                "Enter why you are cancelling this notice");
        buyer.follow(buyer.post(page + "/cancel", Map.of("reason", "The budget was withdrawn")));
        assertThat(buyer.page()).contains("Cancelled because").contains("The budget was withdrawn")
                .doesNotContain("Cancel notice");
        buyer.get(page + "/cancel");
        String again = ErrorSummary.namesField(buyer.post(page + "/cancel", Map.of("reason", "Again")), "reason", "");
        assertThat(again).contains("Again");

        // the pages the supplier who responded opens afterwards still open
        assertThat(supplier.get("/responses").statusCode()).isEqualTo(200);
        assertThat(supplier.page()).contains("Park bench painting");
        assertThat(supplier.get("/opportunities/" + id).statusCode()).isEqualTo(200);
        assertThat(supplier.page()).contains("Park bench painting").contains("The budget was withdrawn")
                .doesNotContain("Respond to this opportunity");
        assertThat(buyer.get("/buyer/notices").statusCode()).isEqualTo(200);
        assertThat(buyer.page()).contains("Park bench painting");
        assertThat(buyer.get("/dashboard").statusCode()).isEqualTo(200);
    }

    @Test
    void aChallengeMovesThroughItsStagesAndAStaleMoveIsRefusedOnItsStatus() {
        FormBrowser buyer = buyer();
        buyer.get("/buyer/notices/new");
        Response created = buyer.post("/buyer/notices/new", notice("Clean air challenge", Map.of("type", "CHALLENGE")));
        String page = FormBrowser.location(created);
        buyer.follow(buyer.post(page + "/publish", Map.of()));
        assertThat(buyer.page()).contains("Stage: Challenge defined").contains("Move to the next stage: Inviting solutions");

        buyer.follow(buyer.post(page + "/stage", Map.of("stage", "INVITING_SOLUTIONS")));
        assertThat(buyer.page()).contains("Stage: Inviting solutions").contains("Move to the next stage: Exploration");
        ErrorSummary.linksTo(buyer.post(page + "/stage", Map.of("stage", "INVITING_SOLUTIONS")), "status",
                "can only move to EXPLORATION");
        ErrorSummary.linksTo(buyer.post(page + "/stage", Map.of("stage", "NOT_A_STAGE")), "status", "Stage: ");
        for (String stage : List.of("EXPLORATION", "ACCELERATOR", "PROTOTYPE", "PRE_COMMERCIALISATION")) {
            buyer.follow(buyer.post(page + "/stage", Map.of("stage", stage)));
        }
        assertThat(buyer.page()).contains("Stage: Pre").doesNotContain("Move to the next stage");
    }

    @Test
    void aSupplierProfileWithoutANameOrSizeAndAWrongCompanyNumberIsRefusedOnItsFields() {
        FormBrowser supplier = supplier("Nechells Nets Ltd");
        supplier.get("/supplier-profile");
        String page = ErrorSummary.namesField(supplier.post("/supplier-profile", Map.of("name", "",
                "companyNumber", "12", "description", "Nets for goals")), "name", "Enter your business name");
        assertThat(page).contains("href=\"#size-MICRO\"").contains("Nets for goals");
        ErrorSummary.namesField(supplier.post("/supplier-profile", Map.of("name", "Nechells Nets Ltd",
                "size", "SMALL", "companyNumber", "12")), "companyNumber", "");
        ErrorSummary.namesField(supplier.post("/supplier-profile", Map.of("name", "Nechells Nets Ltd",
                "size", "ENORMOUS")), "size-MICRO", "");
        ErrorSummary.namesField(supplier.post("/supplier-profile", Map.of("name", "Nechells Nets Ltd",
                "size", "SMALL", "ppon", "P-1")), "ppon", "PABC-1234-DEFG");
    }

    @Test
    void aResponseIsAmendedBeforeTheDeadlineAndRefusedAfterTheClose() {
        FormBrowser buyer = buyer();
        String page = published(buyer, "Allotment fencing");
        String id = page.substring("/buyer/notices/".length());
        FormBrowser supplier = supplier("Sparkhill Fencing Ltd");
        supplier.get("/supplier-profile");
        supplier.post("/supplier-profile", Map.of("name", "Sparkhill Fencing Ltd", "size", "MICRO"));
        supplier.get("/opportunities/" + id + "/respond");
        Map<String, Object> response = new HashMap<>(Map.of("summary", "Two fitters for a week.", "price", "9,000",
                "sv-0-theme", "LOCAL_EMPLOYMENT", "sv-0-description", "An apprentice from Sparkhill",
                "sv-0-measure", "apprentices", "sv-0-target", "one"));
        ErrorSummary.namesField(supplier.post("/opportunities/" + id + "/respond", response), "sv-0-target",
                "Enter the target of commitment 1");
        response.put("sv-0-target", "1");
        response.put("summary", "");
        ErrorSummary.namesField(supplier.post("/opportunities/" + id + "/respond", response), "summary", "Enter");
        response.put("summary", "Two fitters for a week.");
        supplier.follow(supplier.post("/opportunities/" + id + "/respond", response));
        assertThat(supplier.page()).contains("Response submitted").contains("£9,000");

        supplier.get("/opportunities/" + id + "/respond");
        assertThat(supplier.page()).contains("Amend your response").contains("Two fitters for a week.");
        Map<String, Object> amended = new HashMap<>(response);
        amended.put("responseId", supplier.hidden("responseId"));
        amended.put("summary", "Three fitters for four days.");
        amended.put("price", "8,750");
        supplier.follow(supplier.post("/opportunities/" + id + "/respond", amended));
        assertThat(supplier.page()).contains("Three fitters for four days.").contains("£8,750");
        // sealed until the deadline; then the buyer reads the amended response, not the first
        assertThat(buyer.get(page).asString()).contains("1 response has arrived").doesNotContain("fitters");

        system.deadlinePasses(id);
        assertThat(buyer.get(page).asString()).contains("Three fitters for four days.").contains("£8,750")
                .doesNotContain("Two fitters for a week.");
        supplier.get("/opportunities/" + id + "/respond");
        amended.put("summary", "Too late.");
        String late = ErrorSummary.namesField(supplier.post("/opportunities/" + id + "/respond", amended), "summary",
                "Responses are taken only while the notice is open");
        assertThat(late).contains("Too late.");
        supplier.get("/opportunities/" + id + "/questions/new");
        ErrorSummary.namesField(supplier.post("/opportunities/" + id + "/questions/new", Map.of("question",
                "Can I still ask?")), "question", "");
    }

    @Test
    void aQuestionWithoutWordsAnAnswerWithoutWordsAndAnAwardWithoutAChoiceAreRefusedOnTheirFields() {
        FormBrowser buyer = buyer();
        String page = published(buyer, "Canal towpath clearing");
        String id = page.substring("/buyer/notices/".length());
        FormBrowser supplier = supplier("Ladywood Landscapes Ltd");
        supplier.get("/opportunities/" + id + "/questions/new");
        ErrorSummary.namesField(supplier.post("/opportunities/" + id + "/questions/new", Map.of("question", "")),
                "question", "Enter your question");
        supplier.post("/opportunities/" + id + "/questions/new", Map.of("question", "Is there parking?"));

        buyer.get(page);
        String question = buyer.page().replaceAll("(?s).*/questions/([0-9a-f-]{36})/answer.*", "$1");
        ErrorSummary.namesField(buyer.post(page + "/questions/" + question + "/answer", Map.of("answer", " ",
                "publish", "true")), "answer-" + question, "Enter an answer");

        supplier.get("/supplier-profile");
        supplier.post("/supplier-profile", Map.of("name", "Ladywood Landscapes Ltd", "size", "SMALL"));
        supplier.get("/opportunities/" + id + "/respond");
        assertThat(supplier.post("/opportunities/" + id + "/respond", Map.of("summary", "A crew of four.",
                "price", "4000")).statusCode()).isEqualTo(303);
        system.deadlinePasses(id);
        buyer.get(page);
        ErrorSummary.namesField(buyer.post(page + "/award", Map.of("awardValue", "4000")), "responseId",
                "the response you are awarding the contract to");
        String responseId = buyer.page().replaceAll("(?s).*name=\"responseId\" type=\"radio\" value=\"([0-9a-f-]{36})\".*",
                "$1");
        ErrorSummary.namesField(buyer.post(page + "/award", Map.of("responseId", responseId, "awardValue", "four grand")),
                "awardValue", "Enter the contract value as an amount in pounds");
    }

    @Test
    void aSavedSearchWithoutANameOrWithAValueThatIsNotMoneyIsRefusedAndOneDeletedIsGone() {
        FormBrowser supplier = supplier("Digbeth Drains Ltd");
        supplier.get("/alerts/new?q=drains");
        ErrorSummary.namesField(supplier.post("/alerts/new", Map.of("q", "drains", "name", " ")), "name",
                "Enter a name for this search");
        // a value that is not money can only come from an old or edited link: shown to correct on this page
        String page = ErrorSummary.namesField(supplier.post("/alerts/new", Map.of("q", "drains", "minValue", "lots",
                "name", "Drain work")), "minValue", "Enter a minimum value in pounds");
        assertThat(page).contains("value=\"Drain work\"");
        supplier.follow(supplier.post("/alerts/new", Map.of("q", "drains", "name", "Drain work")));
        assertThat(supplier.page()).contains("Drain work").contains("Keywords: drains");
        String delete = supplier.page().replaceAll("(?s).*action=\"(/alerts/[0-9a-f-]{36}/delete)\".*", "$1");
        supplier.follow(supplier.post(delete, Map.of()));
        assertThat(supplier.page()).doesNotContain("Drain work").contains("You have no saved searches");
        Response again = supplier.post(delete, Map.of());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.asString()).contains("Page not found").doesNotContain("problem+json");
    }

    /** A business just registered, signed in to the portal. */
    private static FormBrowser supplier(String name) {
        return FormBrowser.signedIn(Api.registerBusiness(name).email(), Api.PASSWORD);
    }

    private static FormBrowser buyer() {
        return FormBrowser.signedIn("buyer@onestop.local", system.staffPassword("buyer"));
    }

    /** The notice form filled in as a buyer would, with {@code changes} over the usual answers. */
    private static Map<String, Object> notice(String title, Map<String, Object> changes) {
        Map<String, Object> form = new HashMap<>(PortalProcurementIT.noticeForm(title));
        form.putAll(changes);
        return form;
    }

    /** A draft notice made through the new notice page; the address of its page. */
    private static String draft(FormBrowser buyer, String title) {
        buyer.get("/buyer/notices/new");
        Response created = buyer.post("/buyer/notices/new", notice(title, Map.of()));
        assertThat(created.statusCode()).as("a new draft: %s", created.asString()).isEqualTo(303);
        return FormBrowser.location(created);
    }

    /** A published notice, closing in 30 days; the address of its page. */
    private static String published(FormBrowser buyer, String title) {
        String page = draft(buyer, title);
        buyer.get(page);
        assertThat(buyer.post(page + "/publish", Map.of()).statusCode()).isEqualTo(303);
        return page;
    }
}
