package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import onestop.system.Api;
import onestop.system.PortalTenderAssessmentIT;
import onestop.system.RunningSystem;

/**
 * A contract from notice to award in a real browser (headless Debian Chromium), walked with JavaScript on
 * and again with it off: a buyer drafts and publishes a notice, a new supplier creates an account, finds
 * the notice and responds with a price and a social value commitment, the buyer closes and awards it; and a
 * procurement that engages the market first, then is abandoned.
 * Every page is checked with axe-core for WCAG 2.2 A and AA.
 */
class ProcurementBrowserIT extends BrowserJourneys {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aNoticeGoesFromTheBuyersDraftToAPublicAward(boolean javaScript) {
        String word = Api.word();
        String title = "Park bench repairs " + word;
        String supplierName = "Sparkbrook Joinery " + word;

        // the buyer drafts the notice and publishes it
        PortalBrowser.Visitor buyer = browser.visitor(javaScript);
        buyer.signIn("buyer@onestop.local", system.staffPassword("buyer")).sees("Dashboard");
        LocalDate closing = LocalDate.now().plusDays(30);
        buyer.follow("Your notices").sees("Your notices")
                .press("Create a notice").sees("Create a notice")
                .fill("Title", title)
                .fill("Description", "Repair and repaint forty benches in Cannon Hill Park.")
                .check("Tender")
                .fill("CPV codes", "45000000-7")
                .fill("Minimum value (optional)", "10000")
                .fill("Maximum value (optional)", "25,000")
                .fill("Day", String.valueOf(closing.getDayOfMonth()))
                .fill("Month", String.valueOf(closing.getMonthValue()))
                .fill("Year", String.valueOf(closing.getYear()))
                .fill("Closing time", "17:00")
                .fill("Location (optional)", "Cannon Hill Park")
                .check("Small and medium-sized businesses")
                .check("Local employment")
                .fill("Name or team", "Parks procurement team")
                .fill("Email address", "parks.procurement@birmingham.gov.uk")
                .press("Save draft notice")
                .sees(title + " (your notice)");
        assertThat(buyer.text()).contains("Draft").contains("Parks procurement team");
        buyer.upload("Add a document for suppliers", "bench-specification.pdf", "application/pdf", Api.PDF)
                .press("Upload document")
                .sees(title + " (your notice)");
        assertThat(buyer.text()).contains("bench-specification.pdf").contains("PDF");
        buyer.press("Publish notice").sees(title + " (your notice)");
        assertThat(buyer.text()).contains("Open");
        String noticePage = buyer.page().url();

        // a supplier creates an account, once with a password too short
        String email = "joinery-" + UUID.randomUUID() + "@example.com";
        PortalBrowser.Visitor supplier = browser.visitor(javaScript);
        supplier.open("/").follow("Create an account").sees("Create an account")
                .fill("Email address", email)
                .fill("Create a password", "short")
                .fill("Business name", supplierName)
                .fill("Business postcode", "B11 1AA")
                .press("Create account")
                .sees("Error: Create an account").screenshot("create-account-errors");
        assertThat(supplier.page().locator(".govuk-error-summary").innerText()).contains("There is a problem")
                .contains("Password must be at least 12 characters");
        assertThat(supplier.page().locator(".govuk-error-summary a").getAttribute("href")).isEqualTo("#password");
        supplier.fill("Create a password", Api.PASSWORD).press("Create account").sees("Check your email")
                .confirmsEmail(system.mailbox(), email).signIn(email, Api.PASSWORD).sees("Dashboard");

        // finds the notice with filters and responds, setting up the supplier profile on the way
        supplier.follow("Find opportunities").sees("Find contract opportunities")
                .fill("Keywords", word)
                .check("Tender")
                .fill("Minimum value (£)", "5000")
                .check("Small and medium-sized businesses")
                .press("Apply filters")
                .sees("Find contract opportunities");
        assertThat(supplier.page().locator("#result-count").innerText()).startsWith("1 ");
        supplier.follow(title).sees(title);
        assertThat(supplier.text()).contains("Parks procurement team").contains("parks.procurement@birmingham.gov.uk");
        Download specification = supplier.page().waitForDownload(() -> supplier.page()
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("bench-specification.pdf")).click());
        assertThat(specification.suggestedFilename()).isEqualTo("bench-specification.pdf");
        assertThat(readAll(specification)).isEqualTo(Api.PDF);
        supplier.press("Respond to this opportunity");
        if (supplier.page().title().startsWith("Your supplier profile")) {
            supplier.sees("Your supplier profile")
                    .fill("Business name", supplierName)
                    .check("Small (fewer than 50 people)")
                    .check("We have signed the Birmingham Business Charter for Social Responsibility")
                    .press("Save supplier profile");
        }
        supplier.sees("Respond to this opportunity")
                .fill("Summary of your response", "Two joiners from Sparkbrook, six weeks, benches repaired on site.")
                .fill("Your price", "18500.50")
                .selectField("sv-0-theme", "LOCAL_EMPLOYMENT")
                .fillField("sv-0-description", "Take on two apprentices from Sparkbrook")
                .fillField("sv-0-measure", "apprentices hired")
                .fillField("sv-0-target", "2")
                .screenshot("response-form")
                .press("Submit response")
                .sees("Your response to " + title).screenshot("response-receipt");
        assertThat(supplier.text()).contains("Response submitted").containsPattern("RSP-\\d{4}-\\d{6}")
                .contains("£18,500.50").contains("Local employment").contains("apprentices hired");

        // the buyer sees that a response arrived, sealed until the deadline; when it passes, the notice closes
        // itself, and the buyer reads the response and awards
        buyer.open(noticePage).sees(title + " (your notice)");
        assertThat(buyer.text()).contains("1 response has arrived").doesNotContain(supplierName)
                .doesNotContain("£18,500.50").contains("The notice closes itself then");
        buyer.screenshot("buyer-notice");
        system.deadlinePasses(noticePage.replaceAll(".*/buyer/notices/", ""));
        buyer.open(noticePage).sees(title + " (your notice)");
        assertThat(buyer.text()).contains("Closed").contains(supplierName).contains("£18,500.50")
                .contains("Take on two apprentices from Sparkbrook");
        buyer.page().getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(supplierName)).check();
        buyer.fill("Contract value", "18500.50").screenshot("award-contract")
                .press("Award contract").sees(title + " (your notice)");
        assertThat(buyer.text()).contains("Awarded to " + supplierName + " for £18,500.50");

        // anyone reads the award on the public notice
        PortalBrowser.Visitor anyone = browser.visitor(javaScript);
        anyone.open(noticePage.replaceAll(".*/buyer/notices/", "/opportunities/")).sees(title)
                .screenshot("awarded-notice");
        assertThat(anyone.page().locator("dt:text-is('Awarded to') + dd").innerText()).isEqualTo(supplierName);
        assertThat(anyone.page().locator("dt:text-is('Value') + dd").last().innerText()).isEqualTo("£18,500.50");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aTenderIsScoredAndEachSupplierReadsItsAssessmentSummary(boolean javaScript) {
        String title = "Canal towpath lighting " + UUID.randomUUID().toString().substring(0, 8);

        // the buyer drafts a tender with award criteria, social value weighted below PPN 002's 10%
        PortalBrowser.Visitor buyer = browser.visitor(javaScript);
        buyer.signIn("buyer@onestop.local", system.staffPassword("buyer")).sees("Dashboard");
        LocalDate closing = LocalDate.now().plusDays(30);
        buyer.open("/buyer/notices/new").sees("Create a notice")
                .fill("Title", title)
                .fill("Description", "Light two miles of towpath.")
                .check("Tender")
                .fill("CPV codes", "45000000-7")
                .fill("Maximum value (optional)", "80000")
                .fill("Name of criterion 1", "Price").select("Kind of criterion 1", "PRICE")
                .fill("Weighting of criterion 1", "60")
                .fill("Name of criterion 2", "Quality").select("Kind of criterion 2", "QUALITY")
                .fill("Weighting of criterion 2", "35")
                .fill("Name of criterion 3", "Social value").select("Kind of criterion 3", "SOCIAL_VALUE")
                .fill("Weighting of criterion 3", "5")
                .fill("Day", String.valueOf(closing.getDayOfMonth()))
                .fill("Month", String.valueOf(closing.getMonthValue()))
                .fill("Year", String.valueOf(closing.getYear()))
                .fill("Closing time", "17:00")
                .screenshot("notice-award-criteria")
                .press("Save draft notice")
                .sees(title + " (your notice)");
        assertThat(buyer.text()).contains("Price (Price): 60%").contains("Social value is weighted below 10%");
        buyer.press("Publish notice").sees(title + " (your notice)");
        String noticePage = buyer.page().url().replaceAll("^https?://[^/]+", "");
        String id = noticePage.substring("/buyer/notices/".length());

        // the buyer changes the open notice: saving publishes its next version at once
        buyer.press("Change notice").sees("Change the published notice").screenshot("change-published-notice");
        assertThat(buyer.text()).contains("The closing date can move later but not earlier");
        buyer.fill("Description", "Light two miles of towpath, and the bridges over it.")
                .press("Publish the change").sees(title + " (your notice)");
        assertThat(io.restassured.RestAssured.given().baseUri(system.gatewayUrl())
                .get("/api/opportunities/opportunities/" + id + "/notices").then().statusCode(200).extract()
                .<List<Integer>>path("version")).containsExactly(1, 2);

        Api.Business acme = Api.registerBusiness("Acme Lamps Ltd");
        Api.Business rival = Api.registerBusiness("Rival Lighting CIC");
        String acmeTender = PortalTenderAssessmentIT.tender(acme, "Acme Lamps Ltd", id, 7_000_000);
        String rivalTender = PortalTenderAssessmentIT.tender(rival, "Rival Lighting CIC", id, 6_500_000);

        // at the deadline the notice closes; the buyer scores both tenders, awards
        system.deadlinePasses(id);
        buyer.open(noticePage).sees(title + " (your notice)");
        assertThat(buyer.text()).contains("Score this tender");
        score(buyer, noticePage + "/responses/" + acmeTender + "/score", 80, 90, 70);
        score(buyer, noticePage + "/responses/" + rivalTender + "/score", 90, 60, 40);
        assertThat(buyer.text()).contains("Assessments");
        buyer.page().getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Acme Lamps Ltd")).check();
        buyer.fill("Contract value", "70000").press("Award contract").sees(title + " (your notice)");
        assertThat(buyer.text()).contains("Ends at the end of");

        // each supplier reads its assessment summary from its response
        PortalBrowser.Visitor rivalVisitor = browser.visitor(javaScript);
        rivalVisitor.signIn(rival.email(), Api.PASSWORD).sees("Dashboard")
                .open("/opportunities/" + id + "/responses/" + rivalTender).sees("Your response to " + title)
                .follow("Your assessment summary").sees("Your assessment summary").screenshot("assessment-summary");
        assertThat(rivalVisitor.text()).contains("was not successful").contains("Acme Lamps Ltd")
                .contains("Quality reasons, scored 60").contains("Quality reasons, scored 90")
                .contains("The standstill period ends at the end of");

        // the rival challenges the award during the standstill; a challenge without grounds is refused on them
        rivalVisitor.follow("challenge the award").sees("Challenge the award: " + title)
                .press("Send challenge").sees("Error: Challenge the award");
        assertThat(rivalVisitor.page().locator(".govuk-error-summary").innerText())
                .contains("Enter what is wrong with the award");
        rivalVisitor.fill("What is wrong with the award?", "Quality was scored against a sub-criterion the notice"
                + " never published.").press("Send challenge").sees("Challenge the award: " + title)
                .screenshot("award-challenged");
        assertThat(rivalVisitor.text()).contains("Your challenge has been sent to Birmingham City Council")
                .contains("never published").contains("Open");

        // the buyer is told the contract is suspended, reads the grounds, extends the standstill to consider
        // them and records the outcome; the rival reads it
        buyer.open(noticePage).sees(title + " (your notice)");
        assertThat(buyer.text()).contains("A supplier has challenged the award");
        buyer.follow("Standstill and challenges").sees("Standstill and challenges: " + title);
        assertThat(buyer.text()).contains("Rival Lighting CIC, raised on").contains("never published");
        buyer.press("Record outcome of the challenge from Rival Lighting CIC")
                .sees("Error: Standstill and challenges");
        assertThat(buyer.page().locator(".govuk-error-summary").innerText())
                .contains("Select how the challenge ended").contains("Enter a note for the record");
        LocalDate awardedLastDay = LocalDate.parse(io.restassured.RestAssured.given().baseUri(system.gatewayUrl())
                .get("/api/opportunities/opportunities/" + id).then().extract().path("procurement.standstillLastDay"));
        LocalDate extendedTo = awardedLastDay.plusDays(2);
        buyer.fillField("lastDay-day", String.valueOf(extendedTo.getDayOfMonth()))
                .fillField("lastDay-month", String.valueOf(extendedTo.getMonthValue()))
                .fillField("lastDay-year", String.valueOf(extendedTo.getYear()))
                .fill("Why are you extending it?", "To consider a challenge")
                .press("Extend the standstill").sees("Standstill and challenges: " + title);
        assertThat(buyer.text()).contains("To consider a challenge");
        buyer.check("Dismissed: the award stands")
                .fill("Note for the record", "The quality sub-criteria were in the published tender pack.")
                .press("Record outcome of the challenge from Rival Lighting CIC")
                .sees("Standstill and challenges: " + title).screenshot("standstill-and-challenges");
        assertThat(buyer.text()).contains("Dismissed on").contains("published tender pack");
        rivalVisitor.open("/opportunities/" + id + "/award-challenge").sees("Challenge the award: " + title);
        assertThat(rivalVisitor.text()).contains("Dismissed on").contains("published tender pack");
        buyer.open(noticePage).sees(title + " (your notice)");
        assertThat(buyer.text()).doesNotContain("A supplier has challenged the award");
        // each was told through the inbox: the buyer of the challenge, the rival of its outcome
        String buyerToken = Api.staffToken(system, "buyer");
        org.awaitility.Awaitility.await("the buyer told of the challenge").atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(io.restassured.RestAssured.given().baseUri(system.gatewayUrl())
                        .auth().oauth2(buyerToken).get("/api/me/notifications").then().statusCode(200).extract()
                        .<List<String>>path("items.link")).contains(noticePage + "/standstill"));
        org.awaitility.Awaitility.await("the rival told the outcome").atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(io.restassured.RestAssured.given().baseUri(system.gatewayUrl())
                        .auth().oauth2(rival.token()).get("/api/me/notifications").then().statusCode(200).extract()
                        .<List<String>>path("items.title")).anyMatch(t -> t.endsWith("was dismissed")));

        PortalBrowser.Visitor acmeVisitor = browser.visitor(javaScript);
        acmeVisitor.signIn(acme.email(), Api.PASSWORD).sees("Dashboard")
                .open("/opportunities/" + id + "/responses/" + acmeTender).sees("Your response to " + title)
                .follow("Your assessment summary").sees("Your assessment summary");
        assertThat(acmeVisitor.text()).contains("was the most advantageous");

        // the public notice lists the notices published
        PortalBrowser.Visitor anyone = browser.visitor(javaScript);
        anyone.open("/opportunities/" + id).sees(title);
        assertThat(anyone.page().locator("#notice-history + table").innerText()).contains("Tender notice (UK4)")
                .contains("Contract award notice (UK6)");

        // the contract waits for the standstill: the refusal is the error summary
        LocalDate today = LocalDate.now();
        buyer.press("Record the contract").sees("Record the contract")
                .fillField("signedOn-day", String.valueOf(today.getDayOfMonth()))
                .fillField("signedOn-month", String.valueOf(today.getMonthValue()))
                .fillField("signedOn-year", String.valueOf(today.getYear()))
                .press("Record contract").sees("Error: Record the contract").screenshot("contract-in-standstill");
        assertThat(buyer.page().locator(".govuk-error-summary").innerText())
                .contains("The standstill period ends at the end of");

        // the day after the standstill (the service's clock moved) the contract is recorded, then changed
        LocalDate lastDay = LocalDate.parse(io.restassured.RestAssured.given().baseUri(system.gatewayUrl())
                .get("/api/opportunities/opportunities/" + id).then().extract().path("procurement.standstillLastDay"));
        LocalDate signed = lastDay.plusDays(1);
        system.moveClock(RunningSystem.OPPORTUNITIES, signed.atTime(9, 0).atZone(ZoneId.of("Europe/London"))
                .toInstant());
        try {
            buyer.fillField("signedOn-day", String.valueOf(signed.getDayOfMonth()))
                    .fillField("signedOn-month", String.valueOf(signed.getMonthValue()))
                    .fillField("signedOn-year", String.valueOf(signed.getYear()))
                    .press("Record contract").sees(title + " (your notice)");
            buyer.press("Change the contract").sees("Change the contract")
                    .fill("What changes, and why?", "Another mile of towpath")
                    .fill("New contract value (optional)", "82000")
                    .press("Record change").sees(title + " (your notice)").screenshot("contract-changed");
            assertThat(buyer.text()).contains("Another mile of towpath");
            anyone.open("/opportunities/" + id).sees(title);
            assertThat(anyone.page().locator("#notice-history + table").innerText())
                    .contains("Contract details notice (UK7)").contains("Contract change notice (UK10)");
        } finally {
            system.moveClock(RunningSystem.OPPORTUNITIES, null);
        }
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aBuyerEngagesTheMarketBeforeItsTenderAndThenAbandonsIt(boolean javaScript) {
        String title = "Library self-service kiosks " + UUID.randomUUID().toString().substring(0, 8);
        PortalBrowser.Visitor buyer = browser.visitor(javaScript);
        buyer.signIn("buyer@onestop.local", system.staffPassword("buyer")).sees("Dashboard");
        LocalDate closing = LocalDate.now().plusDays(60);
        buyer.open("/buyer/notices/new").sees("Create a notice")
                .fill("Title", title)
                .fill("Description", "Self-service kiosks for twelve libraries.")
                .check("Tender")
                .fill("CPV codes", "30000000-9")
                .fill("Day", String.valueOf(closing.getDayOfMonth()))
                .fill("Month", String.valueOf(closing.getMonthValue()))
                .fill("Year", String.valueOf(closing.getYear()))
                .fill("Closing time", "17:00")
                .press("Save draft notice")
                .sees(title + " (your notice)");
        String id = buyer.page().url().replaceAll(".*/buyer/notices/", "");

        // what suppliers are asked is required: the refusal is the error summary
        buyer.follow("Engage the market first").sees("Engage the market first")
                .press("Publish market engagement notice").sees("Error: Engage the market first");
        assertThat(buyer.page().locator(".govuk-error-summary").innerText())
                .contains("Enter what you are asking suppliers");
        LocalDate endsOn = LocalDate.now().plusDays(20);
        buyer.fill("What are you asking suppliers, and how can they take part?",
                        "Tell us how kiosks could work in our libraries at an open day.")
                .fill("Day", String.valueOf(endsOn.getDayOfMonth()))
                .fill("Month", String.valueOf(endsOn.getMonthValue()))
                .fill("Year", String.valueOf(endsOn.getYear()))
                .screenshot("market-engagement")
                .press("Publish market engagement notice").sees(title + " (your notice)");
        assertThat(buyer.page().locator("#status").innerText()).contains("Market engagement");
        assertThat(buyer.text()).contains("You are engaging the market").contains("at an open day");

        // it announces the tender ahead too: 40 days on, the tender period above threshold may be 10 days
        buyer.press("Publish a planned procurement notice").sees(title + " (your notice)")
                .screenshot("planned-procurement");
        assertThat(buyer.page().locator("#planned-procurement").innerText())
                .contains("You published a planned procurement notice on")
                .contains(LocalDate.now(ZoneId.of("Europe/London")).plusDays(40)
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))
                .contains("can give suppliers 10 days to respond instead of 25");
        assertThat(buyer.text()).doesNotContain("Publish a planned procurement notice");

        // anyone reads it on the public notice, with the notice that published it
        PortalBrowser.Visitor anyone = browser.visitor(javaScript);
        anyone.open("/opportunities/" + id).sees(title);
        assertThat(anyone.text()).contains("at an open day").contains("You cannot respond to this opportunity yet");
        assertThat(anyone.page().locator("#notice-history + table").innerText())
                .contains("Preliminary market engagement notice (UK2)").contains("Planned procurement notice (UK3)");

        // the buyer abandons the procurement: a procurement termination notice follows
        buyer.press("Cancel notice").sees("Cancel " + title)
                .fill("Why are you cancelling it?", "The libraries will not take kiosks")
                .press("Cancel notice").sees(title + " (your notice)");
        anyone.open("/opportunities/" + id).sees(title);
        assertThat(anyone.page().locator("#notice-history + table").innerText())
                .contains("Procurement termination notice (UK12)");
    }

    private static void score(PortalBrowser.Visitor buyer, String path, int price, int quality, int socialValue) {
        buyer.open(path).sees("Score this tender")
                .fillField("score-1", String.valueOf(price)).fillField("reason-1", "Price reasons, scored " + price)
                .fillField("score-2", String.valueOf(quality))
                .fillField("reason-2", "Quality reasons, scored " + quality)
                .fillField("score-3", String.valueOf(socialValue))
                .fillField("reason-3", "Social value reasons, scored " + socialValue)
                .press("Save scores").sees("Canal towpath lighting");
    }

    private static byte[] readAll(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
