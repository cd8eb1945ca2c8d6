package onestop.gateway.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/** A business's company number checked against Companies House, and what its account then shows. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(CompaniesHouseStandIn.class)
class CompanyCheckTest {

    @Inject
    CompanyChecks checks;

    @BeforeEach
    void freshCompaniesHouse() {
        CompaniesHouseStandIn.server.resetAll();
    }

    @Test
    void anActiveCompanyWhoseNameMatchesIsVerified() {
        stub("01234567", 200, CompaniesHouseStandIn.profile("01234567", "DIGBETH DELI LIMITED", "active"));

        JsonPath me = registered("Digbeth Deli Ltd", "01234567");

        assertThat(me.getString("business.companyCheck.status")).isEqualTo("VERIFIED");
        assertThat(me.getString("business.companyCheck.registeredName")).isEqualTo("DIGBETH DELI LIMITED");
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CompaniesHouseStandIn.API_KEY + ":").getBytes(StandardCharsets.UTF_8));
        CompaniesHouseStandIn.server.verify(getRequestedFor(urlEqualTo("/company/01234567"))
                .withHeader("Authorization", equalTo(basic)));
    }

    @Test
    void anUnknownCompanyLeavesTheBusinessUnverified() {
        stub("99999999", 404, "{\"errors\": [{\"error\": \"company-profile-not-found\", \"type\": \"ch:service\"}]}");

        JsonPath me = registered("Made Up Trading Ltd", "99999999");

        assertThat(me.getString("business.companyCheck.status")).isEqualTo("UNVERIFIED");
        assertThat(me.getString("business.companyCheck.reason")).isEqualTo("not-found");
    }

    @Test
    void aDissolvedCompanyOrAnotherNameIsUnverifiedWithItsReason() {
        stub("04040404", 200, CompaniesHouseStandIn.profile("04040404", "OLD FORGE TRADING LIMITED", "dissolved"));
        stub("09876543", 200, CompaniesHouseStandIn.profile("09876543", "BULL RING BAKERY LIMITED", "active"));

        assertThat(registered("Old Forge Trading", "04040404").getString("business.companyCheck.reason"))
                .isEqualTo("not-active");
        JsonPath other = registered("Digbeth Deli Ltd", "09876543");
        assertThat(other.getString("business.companyCheck.status")).isEqualTo("UNVERIFIED");
        assertThat(other.getString("business.companyCheck.reason")).isEqualTo("name-mismatch");
    }

    @Test
    void companiesHouseUnreachableLeavesTheCheckPendingUntilTheRetryJobVerifiesIt() {
        stub("11223344", 503, "");
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String token = registerAndSignIn(email, "Jewellery Quarter Events", "11223344");
        // registration went on: the account works, and its number waits to be checked
        waitForRequests("/company/11223344", 1);
        assertThat(me(token).getString("business.companyCheck.status")).isEqualTo("PENDING");

        stub("11223344", 200, CompaniesHouseStandIn.profile("11223344", "JEWELLERY QUARTER EVENTS LTD", "active"));
        checks.retryPending();

        assertThat(me(token).getString("business.companyCheck.status")).isEqualTo("VERIFIED");
    }

    @Test
    void aBusinessWithoutACompanyNumberHasNoCheck() {
        Accounts.BusinessUser owner = Accounts.newBusiness();
        assertThat(me(owner.token()).getString("business.companyCheck")).isNull();
    }

    private JsonPath registered(String name, String number) {
        String token = registerAndSignIn("owner-" + UUID.randomUUID() + "@example.com", name, number);
        // the check runs after registration commits, without making it wait
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> me(token), me -> !"PENDING".equals(me.getString("business.companyCheck.status")));
    }

    private static String registerAndSignIn(String email, String name, String number) {
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", Accounts.PASSWORD,
                "businessName", name, "companyNumber", number, "postcode", "B1 1BB"))
                .when().post("/api/auth/register").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("token", Accounts.tokenMailedTo(email, "/verify-email")))
                .when().post("/api/auth/verify-email").then().statusCode(204);
        return Accounts.signIn(email, Accounts.PASSWORD);
    }

    private static JsonPath me(String token) {
        return given().auth().oauth2(token).when().get("/api/me").then().statusCode(200).extract().jsonPath();
    }

    private static void stub(String number, int status, String body) {
        CompaniesHouseStandIn.server.stubFor(get(urlEqualTo("/company/" + number)).willReturn(aResponse()
                .withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static void waitForRequests(String path, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> CompaniesHouseStandIn.server.findAll(getRequestedFor(urlEqualTo(path))).size() >= count);
    }
}
