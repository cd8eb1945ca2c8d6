package onestop.system.browser;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import onestop.system.Api;

/**
 * The supply-chain cascade and programmes (issue 21) in a real browser, JavaScript on and off, every page checked
 * with axe-core: the prime that won a contract posts a subcontract from "Your contracts", whose page says which
 * contract it is part of; the buyer creates a programme, adds the contract, and anyone reads the programme's page
 * with its contract, subcontract and local and SME shares; it closes at its deadline and the prime awards it.
 */
class CascadeBrowserIT extends BrowserJourneys {

    private static final String NOTICES = "/api/opportunities/opportunities";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aPrimePostsASubcontractAndTheProgrammePageShowsIt(boolean javaScript) {
        String word = Api.word();
        String contractTitle = "Games village build " + word;
        String subTitle = "Games village catering " + word;
        String primeName = "Aston Build Ltd " + word;

        // set up through the API: the council's contract, won by the prime (local, large)
        String buyerToken = Api.staffToken(system, "buyer");
        Api.Business prime = Api.registerBusiness(primeName);
        as(prime.token()).contentType(ContentType.JSON).body(Map.of("name", primeName, "size", "LARGE", "vcse", false,
                "charterSignatory", true, "postcode", "B6 4AA")).put("/api/opportunities/suppliers/me").then()
                .statusCode(200);
        String contract = as(buyerToken).contentType(ContentType.JSON).body(Map.of("title", contractTitle,
                "description", "Build the athletes' village.", "type", "TENDER", "cpvCodes", java.util.List.of("45000000-7"),
                "closingAt", java.time.Instant.now().plusSeconds(30L * 86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()))
                .post(NOTICES).then().statusCode(201).extract().path("id");
        as(buyerToken).post(NOTICES + "/" + contract + "/publish").then().statusCode(200);
        String response = as(prime.token()).contentType(ContentType.JSON)
                .body(Map.of("summary", "We build it.", "pricePence", 90_000_000)).post(NOTICES + "/" + contract + "/responses")
                .then().statusCode(201).extract().path("id");
        system.deadlinePasses(contract);
        as(buyerToken).contentType(ContentType.JSON).body(Map.of("responseId", response, "valuePence", 90_000_000))
                .post(NOTICES + "/" + contract + "/award").then().statusCode(200);
        String reference = as(buyerToken).get(NOTICES + "/" + contract).then().extract().path("reference");

        // the prime posts a subcontract from its won contract
        PortalBrowser.Visitor primeVisitor = browser.visitor(javaScript);
        primeVisitor.signIn(prime.email(), Api.PASSWORD).sees("Dashboard")
                .follow("Your contracts").sees("Your contracts");
        assertThat(primeVisitor.text()).contains(contractTitle).contains("Birmingham City Council");
        primeVisitor.follow("Post a subcontract of " + contractTitle).sees("Post a subcontract")
                .press("Post subcontract").sees("Error: Post a subcontract");
        assertThat(primeVisitor.page().locator(".govuk-error-summary").innerText()).contains("Enter a title");
        // after the contract's own deadline, which the service's clock has passed to award it
        LocalDate closing = LocalDate.now().plusDays(60);
        primeVisitor.fill("Title", subTitle)
                .fill("What is the work?", "Feed two thousand athletes for three weeks.")
                .fill("CPV code", "55520000-1")
                .fill("Value (optional)", "250000")
                .fill("Day", String.valueOf(closing.getDayOfMonth()))
                .fill("Month", String.valueOf(closing.getMonthValue()))
                .fill("Year", String.valueOf(closing.getYear()))
                .screenshot("post-subcontract")
                .press("Post subcontract").sees(subTitle).screenshot("subcontract");
        assertThat(primeVisitor.page().locator("#part-of-contract").innerText())
                .isEqualTo("Part of contract " + reference + ": " + contractTitle + " awarded by Birmingham City Council"
                        + " to " + primeName + ".");
        assertThat(primeVisitor.text()).contains(primeName).contains("Subcontract");
        String subcontract = primeVisitor.page().url().replaceAll(".*/opportunities/", "");

        // a local micro business responds; at its deadline the subcontract closes, and the prime reads the response and awards it
        String caterer = "Wolves Catering CIC " + word;
        Api.Business sub = Api.registerBusiness(caterer);
        as(sub.token()).contentType(ContentType.JSON).body(Map.of("name", caterer, "size", "MICRO", "vcse", true,
                "charterSignatory", true, "postcode", "WV1 1AA")).put("/api/opportunities/suppliers/me").then()
                .statusCode(200);
        as(sub.token()).contentType(ContentType.JSON).body(Map.of("summary", "Hot meals from Wolverhampton.",
                "pricePence", 20_000_000)).post(NOTICES + "/" + subcontract + "/responses").then().statusCode(201);
        primeVisitor.open("/dashboard").sees("Dashboard").follow("Your contracts").sees("Your contracts")
                .follow(subTitle).sees(subTitle + " (your subcontract)");
        // the responses stay sealed until the deadline, when the subcontract closes itself
        assertThat(primeVisitor.page().locator("#closes-at-deadline").innerText()).contains("closes itself");
        system.deadlinePasses(subcontract);
        primeVisitor.open("/supplier/subcontracts/" + subcontract).sees(subTitle + " (your subcontract)")
                .press("Award subcontract").sees("Error: " + subTitle);
        assertThat(primeVisitor.page().locator(".govuk-error-summary").innerText())
                .contains("Select the response that wins");
        primeVisitor.check(caterer).fill("Subcontract value", "200000")
                .press("Award subcontract").sees(subTitle + " (your subcontract)");
        assertThat(primeVisitor.page().locator("#awarded").innerText())
                .isEqualTo("Awarded to " + caterer + " for £200,000.");

        // the buyer groups the contract under a new programme
        PortalBrowser.Visitor buyer = browser.visitor(javaScript);
        String programmeName = "Commonwealth Games " + word;
        buyer.signIn("buyer@onestop.local", system.staffPassword("buyer")).sees("Dashboard")
                .follow("Programmes").sees("Programmes")
                .follow("Create a programme").sees("Create a programme")
                .fill("Name", programmeName)
                .fill("What is the programme for?", "Everything bought for the Games.")
                .press("Create programme").sees(programmeName);
        assertThat(buyer.text()).contains("Nothing in this programme has been awarded yet");
        buyer.select("Procurement", contract).press("Add to programme").sees(programmeName).screenshot("programme");

        // anyone reads the programme: the contract, its subcontract, and the shares (the prime is local, not an SME;
        // the caterer local and an SME): 2 awards worth £1,100,000, all local, 1 of 2 and £200,000 to an SME
        PortalBrowser.Visitor anyone = browser.visitor(javaScript);
        anyone.open(buyer.page().url()).sees(programmeName);
        assertThat(anyone.page().locator("#contracts").innerText()).contains(contractTitle).contains(subTitle)
                .contains(primeName + " (local)").contains(caterer + " (local) (SME)");
        assertThat(anyone.page().locator("#local-share").innerText()).contains("100.0%").contains("£1,100,000");
        assertThat(anyone.page().locator("#sme-share").innerText()).contains("18.2%").contains("£200,000")
                .contains("50.0%");
        assertThat(anyone.page().locator("a[type='application/atom+xml']").getAttribute("href"))
                .endsWith("/feed");
        anyone.follow(subTitle).sees(subTitle);
        assertThat(anyone.page().locator("#in-programme").innerText()).contains(programmeName);
    }
}
