package onestop.system.browser;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import onestop.system.Api;

/**
 * Text messages, in Chromium with JavaScript on and off, against the GOV.UK Notify stand-in: from the account page a
 * business gives a mobile number (a wrong one is refused in words), reads the security code texted to it, gets a
 * wrong code refused, asks for a new code, confirms the number; an officer's request for information then reaches
 * the phone as well as the inbox; and stopping texts forgets the number. axe-core checks every page.
 */
class TextMessagesBrowserIT extends BrowserJourneys {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aBusinessConfirmsItsMobileAndIsTextedWhatNeedsItSoon(boolean javaScript) {
        Api.Business business = Api.registerBusiness("Digbeth Signs Ltd");
        // the range Ofcom keeps for drama: no real phone has it
        String mobile = "07700900" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
        String international = "+44" + mobile.substring(1);
        String written = mobile.substring(0, 5) + " " + mobile.substring(5);
        PortalBrowser.Visitor person = browser.visitor(javaScript);
        person.signIn(business.email(), Api.PASSWORD).sees("Dashboard");

        person.open("/account").sees("Your account").follow("Get text messages").sees("Text messages")
                .fill("Mobile phone number", "0121 303 1111").press("Send a security code")
                .sees("Error: Text messages");
        assertThat(person.text()).contains("Enter a UK mobile phone number, like 07700 900 982");

        person.fill("Mobile phone number", written).press("Send a security code").sees("Check your phone")
                .screenshot("texts-check-your-phone");
        assertThat(person.text()).contains("We have sent a text message with a security code to " + written);
        String first = system.mailbox().code(international, 1);

        person.fill("Text message code", first.equals("00000") ? "11111" : "00000").press("Continue")
                .sees("Error: Check your phone");
        assertThat(person.text()).contains("The security code is not right. Check the text message and try again");

        person.press("Send a new code").sees("Check your phone");
        assertThat(person.text()).contains("We have sent a new security code to " + written);
        String second = system.mailbox().code(international, 2);
        person.fill("Text message code", second).press("Continue").sees("Your account");
        assertThat(person.text()).contains("Your mobile number is confirmed. We will text you at " + written)
                .contains("We text you at " + written);

        // an officer needs more from the business: its phone hears of it, with the link to the application
        String officer = Api.staffToken(system, "officer");
        String id = Api.submitPrivateHireDriverApplication(business);
        as(officer).header("If-Match", Api.etag(officer, id)).contentType(ContentType.JSON)
                .body(Map.of("message", "Please upload a clearer DVLA licence."))
                .when().post(Api.LICENSING + "/applications/" + id + "/request-information").then().statusCode(200);
        Awaitility.await("the officer's request texted to " + international).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailbox().texts(international).stream()
                        .anyMatch(text -> text.startsWith("OneStop: More information needed for ")
                                && text.endsWith("/applications/" + id)));

        person.open("/account").sees("Your account").follow("Change or stop text messages").sees("Text messages")
                .press("Stop text messages").sees("Your account");
        assertThat(person.text()).contains("We will not text you any more, and have forgotten your mobile number.")
                .contains("Get text messages");
    }
}
