package onestop.opportunities.supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.restassured.path.json.JsonPath;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/** A supplier profile's company number checked against Companies House, and what the profile then shows. */
@OpportunitiesTest
@WithTestResource(CompaniesHouseStandIn.class)
class SupplierCompanyCheckTest {

    @Inject
    SupplierCompanyChecks checks;

    @BeforeEach
    void freshCompaniesHouse() {
        CompaniesHouseStandIn.server.resetAll();
    }

    @Test
    void anActiveCompanyWhoseNameMatchesIsVerified() {
        stub("09876543", 200, profile("09876543", "BULL RING BAKERY LIMITED", "active"));

        JsonPath saved = answered(save(TestTokens.business(UUID.randomUUID()), "Bull Ring Bakery Ltd", "09876543"));

        assertThat(saved.getString("companyCheck.status")).isEqualTo("VERIFIED");
        assertThat(saved.getString("companyCheck.registeredName")).isEqualTo("BULL RING BAKERY LIMITED");
    }

    @Test
    void anUnknownCompanyLeavesTheProfileUnverified() {
        stub("99999999", 404, "{\"errors\": [{\"error\": \"company-profile-not-found\", \"type\": \"ch:service\"}]}");

        JsonPath saved = answered(save(TestTokens.business(UUID.randomUUID()), "Nobody Ltd", "99999999"));

        assertThat(saved.getString("companyCheck.status")).isEqualTo("UNVERIFIED");
        assertThat(saved.getString("companyCheck.reason")).isEqualTo("not-found");
    }

    @Test
    void companiesHouseUnreachableLeavesTheCheckPendingUntilTheRetryJobVerifiesIt() {
        stub("11223344", 503, "");
        String token = TestTokens.business(UUID.randomUUID());
        save(token, "Jewellery Quarter Events", "11223344");
        waitForRequest("/company/11223344");
        assertThat(read(token).getString("companyCheck.status")).isEqualTo("PENDING");

        stub("11223344", 200, profile("11223344", "JEWELLERY QUARTER EVENTS LTD", "active"));
        checks.retryPending();

        assertThat(read(token).getString("companyCheck.status")).isEqualTo("VERIFIED");
    }

    private static String save(String token, String name, String number) {
        as(token).body(Map.of("name", name, "companyNumber", number, "size", "SMALL", "vcse", false))
                .put("/api/opportunities/suppliers/me").then().statusCode(200);
        return token;
    }

    private static JsonPath read(String token) {
        return as(token).get("/api/opportunities/suppliers/me").then().statusCode(200).extract().jsonPath();
    }

    // the check runs once the profile is saved, without making the save wait
    private static JsonPath answered(String token) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> read(token), profile -> !"PENDING".equals(profile.getString("companyCheck.status")));
    }

    private static void waitForRequest(String path) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !CompaniesHouseStandIn.server.findAll(getRequestedFor(urlEqualTo(path))).isEmpty());
    }

    private static void stub(String number, int status, String body) {
        CompaniesHouseStandIn.server.stubFor(get(urlEqualTo("/company/" + number)).willReturn(aResponse()
                .withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String profile(String number, String name, String status) {
        return """
                {"company_number": "%s", "company_name": "%s", "company_status": "%s", "type": "ltd"}"""
                .formatted(number, name, status);
    }
}
