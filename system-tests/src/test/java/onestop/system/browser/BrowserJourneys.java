package onestop.system.browser;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.restassured.RestAssured;
import onestop.system.Mailbox;
import onestop.system.RunningSystem;

/** What the browser journeys share: the running system, and one browser for the journeys of a class. */
abstract class BrowserJourneys {

    static RunningSystem system;
    static PortalBrowser browser;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
        browser = new PortalBrowser(system.gatewayUrl());
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    /** Waits for a mail to {@code email} whose subject contains {@code subject} and whose text has each part. */
    static void mailed(String email, String subject, String... parts) {
        Awaitility.await("\"" + subject + "\" mailed to " + email).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> system.mailbox().to(email).stream().anyMatch(mail -> matches(mail, subject, parts)));
    }

    private static boolean matches(Mailbox.Mail mail, String subject, String... parts) {
        if (!mail.subject().contains(subject)) {
            return false;
        }
        for (String part : parts) {
            if (!mail.body().contains(part)) {
                return false;
            }
        }
        return true;
    }
}
