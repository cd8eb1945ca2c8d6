package onestop.gateway.keys;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import onestop.gateway.GatewayConfig;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TestTokens;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class JwksTest {

    private static final String BASE64URL = "[A-Za-z0-9_-]+";

    @Inject
    TokenSigner signer;

    @Inject
    GatewayConfig config;

    @Test
    void theKeySetIsPublicCacheableAndHoldsOnlyPublicRsaKeys() {
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "public, max-age=300")
                .body("keys", not(emptyIterable()))
                .body("keys.kty", everyItem(equalTo("RSA")))
                .body("keys.use", everyItem(equalTo("sig")))
                .body("keys.alg", everyItem(equalTo("RS256")))
                .body("keys.n", everyItem(matchesPattern(BASE64URL)))
                .body("keys.e", everyItem(equalTo("AQAB")))
                .body("keys.d", everyItem(nullValue()));
    }

    @Test
    void aTokenTheGatewaySignsVerifiesAgainstTheKeySetByItsKid() throws Exception {
        UUID business = UUID.randomUUID();
        String token = signer.sign(Jwt.subject("ada@example.com").groups(Set.of("business"))
                .claim("business_id", business.toString()).expiresIn(Duration.ofMinutes(15)));

        JwtContext verified = consumer(jwks()).process(token);

        String kid = verified.getJoseObjects().get(0).getKeyIdHeaderValue();
        assertThat(kid).isNotBlank();
        given().when().get("/.well-known/jwks.json").then().body("keys.kid", hasItem(kid));
        JwtClaims claims = verified.getJwtClaims();
        assertThat(claims.getIssuer()).isEqualTo(config.issuer());
        assertThat(claims.getAudience()).containsExactly("onestop");
        assertThat(claims.getSubject()).isEqualTo("ada@example.com");
        assertThat(claims.getStringClaimValue("business_id")).isEqualTo(business.toString());
    }

    @Test
    void aTokenSignedWithAnotherKeyDoesNotVerify() throws Exception {
        String forged = TestTokens.sign(TestTokens.claims("mallory", Set.of("admin"))
                .issuer(config.issuer()).audience(config.audience()));

        JwtConsumer consumer = consumer(jwks());

        assertThatThrownBy(() -> consumer.process(forged)).isInstanceOf(InvalidJwtException.class);
    }

    private JwtConsumer consumer(JsonWebKeySet keys) {
        return new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setExpectedIssuer(config.issuer())
                .setExpectedAudience(config.audience())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .build();
    }

    private static JsonWebKeySet jwks() throws Exception {
        return new JsonWebKeySet(given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .extract().asString());
    }
}
