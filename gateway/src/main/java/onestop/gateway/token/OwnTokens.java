package onestop.gateway.token;

import java.security.Key;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;

import onestop.gateway.keys.TokensConfig;
import onestop.gateway.GatewayConfig;
import onestop.gateway.keys.SigningKey;
import onestop.gateway.keys.SigningKeys;

/**
 * Verifies a token as the gateway's own: RS256 only, signed by one of its published keys (by {@code kid}),
 * with its issuer and audience, unexpired, and living no longer than a token may.
 */
@ApplicationScoped
public class OwnTokens {

    private final JwtConsumer consumer;

    OwnTokens(SigningKeys keys, GatewayConfig config, TokensConfig tokens) {
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setMaxFutureValidityInMinutes((int) tokens.ttl().toMinutes() + 1)
                .setExpectedIssuer(config.issuer())
                .setExpectedAudience(config.audience())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> keyFor(keys, jws.getKeyIdHeaderValue()))
                .build();
    }

    /** The claims of a valid token, or why it is not one. */
    public JwtClaims verify(String token) throws InvalidJwtException {
        return consumer.processToClaims(token);
    }

    /** The claims of a valid token; empty for anything else. */
    public Optional<JwtClaims> claimsIfValid(String token) {
        try {
            return Optional.of(verify(token));
        } catch (InvalidJwtException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Key keyFor(SigningKeys keys, String kid) throws UnresolvableKeyException {
        if (kid == null) {
            throw new UnresolvableKeyException("The token names no key (kid)");
        }
        return keys.find(kid).map(SigningKey::publicKey)
                .orElseThrow(() -> new UnresolvableKeyException("No published key " + kid));
    }
}
