package onestop.gateway.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

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

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class TokenTest {

    @Test
    void aBusinessSignsInAndItsTokenSaysWhoItIsForWhichBusinessForFiveMinutes() {
        Accounts.BusinessUser user = Accounts.newBusiness();

        JsonPath answer = given().contentType(ContentType.JSON)
                .body(Map.of("email", user.email().toUpperCase(), "password", Accounts.PASSWORD))
                .when().post("/api/auth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(300))
                .extract().jsonPath();

        String token = answer.getString("accessToken");
        JsonPath header = part(token, 0);
        JsonPath claims = part(token, 1);
        assertThat(header.getString("alg")).isEqualTo("RS256");
        given().when().get("/.well-known/jwks.json").then().body("keys.kid", hasItem(header.getString("kid")));
        assertThat(claims.getString("iss")).isEqualTo("https://onestop.local/gateway");
        assertThat(claims.getString("aud")).isEqualTo("onestop");
        assertThat(claims.getString("sub")).isEqualTo(user.userId().toString());
        assertThat(claims.getString("upn")).isEqualTo(user.email());
        assertThat(claims.getList("groups")).containsExactly("business");
        assertThat(claims.getString("business_id")).isEqualTo(user.businessId().toString());
        assertThat(claims.getLong("exp") - claims.getLong("iat")).isLessThanOrEqualTo(300);
    }

    @Test
    void aSignedInBusinessSeesItselfAndItsBusiness() {
        Accounts.BusinessUser user = Accounts.newBusiness();

        given().auth().oauth2(user.token()).when().get("/api/me")
                .then().statusCode(200)
                .body("userId", equalTo(user.userId().toString()))
                .body("email", equalTo(user.email()))
                .body("roles", contains("business"))
                .body("business.id", equalTo(user.businessId().toString()))
                .body("business.name", equalTo("Balti Triangle Ltd"))
                .body("business.postcode", equalTo("B12 9LP"))
                .body("organisation", nullValue());
    }

    @Test
    void theSeededStaffSignInWithTheirRoles() {
        given().auth().oauth2(Accounts.officer()).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("licensing-officer")).body("business", nullValue());
        given().auth().oauth2(Accounts.buyer()).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("buyer"))
                .body("organisation", equalTo("Birmingham City Council"));
        assertThat(part(Accounts.buyer(), 1).getString("organisation")).isEqualTo("Birmingham City Council");
        given().auth().oauth2(Accounts.admin()).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("admin"));
        given().auth().oauth2(Accounts.police()).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("police"));
        given().auth().oauth2(Accounts.environmentalHealth()).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("environmental-health"));
    }

    @Test
    void anAdminCreatesAResponsibleAuthoritysStaffWhoThenSignIn() {
        String email = "fire-" + UUID.randomUUID() + "@wmfs.example";
        given().auth().oauth2(Accounts.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "a long fire officer password", "role", "fire"))
                .when().post("/api/admin/users")
                .then().statusCode(201).body("roles", contains("fire"));
        given().auth().oauth2(Accounts.signIn(email, "a long fire officer password")).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("fire"));
    }

    @Test
    void thePoliceAndEnvironmentalHealthSignInAsResponsibleAuthorities() {
        given().auth().oauth2(Accounts.signIn("police@onestop.local", "copper-beacon-hollow-58")).when().get("/api/me")
                .then().statusCode(200).body("roles", contains("police")).body("business", nullValue());
        given().auth().oauth2(Accounts.signIn("environmental-health@onestop.local", "fennel-granite-otter-19"))
                .when().get("/api/me").then().statusCode(200).body("roles", contains("environmental-health"));
    }

    @Test
    void anAdminCreatesABuyerForAnOrganisationWhoThenSignsIn() {
        String email = "buyer-" + UUID.randomUUID() + "@brumevents.example";
        given().auth().oauth2(Accounts.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "a long buyer password", "role", "buyer",
                        "organisation", "Brum Events Ltd"))
                .when().post("/api/admin/users")
                .then().statusCode(201)
                .body("email", equalTo(email))
                .body("roles", contains("buyer"))
                .body("organisation", equalTo("Brum Events Ltd"));

        given().auth().oauth2(Accounts.signIn(email, "a long buyer password")).when().get("/api/me")
                .then().statusCode(200).body("organisation", equalTo("Brum Events Ltd"));

        // the admin finds the new buyer among the staff accounts, signed in since; no business is listed
        Accounts.BusinessUser business = Accounts.newBusiness();
        given().auth().oauth2(Accounts.admin()).when().get("/api/admin/users").then().statusCode(200)
                .body("find { it.email == '%s' }.roles".formatted(email), contains("buyer"))
                .body("find { it.email == '%s' }.organisation".formatted(email), equalTo("Brum Events Ltd"))
                .body("find { it.email == '%s' }.lastSignedInAt".formatted(email), notNullValue())
                .body("find { it.email == 'admin@onestop.local' }.roles", contains("admin"))
                .body("email", not(hasItem(business.email())));
        given().auth().oauth2(business.token()).when().get("/api/admin/users").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aBuyerWithoutOrganisationOrAnUnknownRoleIsRefused() {
        given().auth().oauth2(Accounts.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "password", "a long buyer password",
                        "role", "buyer"))
                .when().post("/api/admin/users")
                .then().statusCode(400).body("errors.field", contains("organisation"));
        given().auth().oauth2(Accounts.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "password", "a long buyer password",
                        "role", "business"))
                .when().post("/api/admin/users")
                .then().statusCode(400).body("errors.field", contains("role"));
    }

    @Test
    void aRotatedKeyIsPublishedAtOnceButSignsOnlyOnceEveryServiceCanHaveSeenIt() {
        String before = part(Accounts.admin(), 0).getString("kid");

        String rotated = given().auth().oauth2(Accounts.admin()).when().post("/api/admin/keys")
                .then().statusCode(201).extract().path("kid");

        given().when().get("/.well-known/jwks.json").then().body("keys.kid", hasItem(rotated))
                .body("keys.kid", hasItem(before));
        String fresh = Accounts.officer();
        assertThat(part(fresh, 0).getString("kid")).isEqualTo(before);
        given().auth().oauth2(fresh).when().get("/api/me").then().statusCode(200);
    }

    static JsonPath part(String token, int index) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]),
                StandardCharsets.UTF_8));
    }
}
