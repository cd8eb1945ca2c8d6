package onestop.system.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import io.restassured.RestAssured;
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
}
