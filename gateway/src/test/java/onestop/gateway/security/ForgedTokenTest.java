package onestop.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayConfig;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.keys.SigningKey;
import onestop.gateway.keys.SigningKeys;
import onestop.gateway.keys.TokenSigner;
import onestop.platform.testing.ForgedTokens;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TestTokens;

/** Every way of forging or stretching a token gets 401 problem+json, never a 5xx and never in. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class ForgedTokenTest {

    @Inject
    SigningKeys keys;

    @Inject
    TokenSigner signer;

    @Inject
    GatewayConfig config;

    @TestFactory
    Stream<DynamicTest> aForgedTokenIsRefusedOnEveryProtectedRoute() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        SigningKey key = keys.current();
        String valid = user.token();
        Map<String, String> forged = Map.of(
                "alg none", unsigned(user),
                "HS256 signed with the public key as secret", claims(user).jws().keyId(key.kid())
                        .algorithm(SignatureAlgorithm.HS256)
                        .sign(new SecretKeySpec(key.publicKey().getEncoded(), "HmacSHA256")),
                "claims tampered after signing", ForgedTokens.tampered(valid),
                "expired", signer.sign(claims(user).issuedAt(now() - 1200).expiresAt(now() - 300)),
                "wrong issuer", claims(user).issuer("https://evil.example").audience(config.audience()).jws()
                        .keyId(key.kid()).sign(key.privateKey()),
                "wrong audience", claims(user).issuer(config.issuer()).audience("someone-else").jws()
                        .keyId(key.kid()).sign(key.privateKey()),
                "signed by a key the gateway never published", TestTokens.sign(claims(user).issuer(config.issuer())
                        .audience(config.audience())),
                "unknown kid", claims(user).issuer(config.issuer()).audience(config.audience()).jws()
                        .keyId("20990101T000000Z-00000000").sign(key.privateKey()),
                "lives longer than any token may", signer.sign(claims(user).expiresIn(Duration.ofDays(30))),
                "not a token at all", "not.a.token");
        return forged.entrySet().stream().flatMap(entry -> Stream.of(
                DynamicTest.dynamicTest(entry.getKey() + ": GET /api/me", () -> given().auth().oauth2(entry.getValue())
                        .when().get("/api/me")
                        .then().statusCode(401).contentType("application/problem+json")
                        .body("type", endsWith("/unauthenticated"))),
                DynamicTest.dynamicTest(entry.getKey() + ": GET /api/me/dashboard", () -> given()
                        .auth().oauth2(entry.getValue()).when().get("/api/me/dashboard")
                        .then().statusCode(401).contentType("application/problem+json"))));
    }

    private static JwtClaimsBuilder claims(Accounts.BusinessUser user) {
        return Jwt.subject(user.userId().toString()).upn(user.email()).groups(Set.of("business", "admin"))
                .claim("business_id", user.businessId().toString())
                .issuer("https://onestop.local/gateway").audience("onestop")
                .issuedAt(now()).expiresIn(Duration.ofMinutes(10));
    }

    private static String unsigned(Accounts.BusinessUser user) {
        return ForgedTokens.base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + ForgedTokens.base64("{\"iss\":\"https://onestop.local/gateway\","
                + "\"aud\":\"onestop\",\"sub\":\"" + user.userId() + "\",\"groups\":[\"admin\"],\"iat\":" + now()
                + ",\"exp\":" + (now() + 600) + "}") + ".";
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
