package onestop.gateway.token;

import java.security.PrivateKey;
import java.security.PublicKey;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import onestop.gateway.keys.TokensConfig;

/**
 * How SmallRye JWT verifies the bearer tokens sent to the gateway's own routes. By default with the
 * gateway's own keys, read live, so a rotated key verifies at once and nothing is fetched over HTTP at
 * start; with {@code onestop.gateway.tokens.verification=mp-jwt}, SmallRye's own parser and the
 * {@code mp.jwt.verify.*} settings (an external OIDC provider).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class OwnTokenParser implements JWTParser {

    private static final String OWN_KEYS = "own-keys";

    private final OwnTokens own;
    private final boolean ownKeys;
    private final Instance<JWTAuthContextInfo> standardSettings;
    private volatile JWTParser standard;

    OwnTokenParser(OwnTokens own, TokensConfig config, Instance<JWTAuthContextInfo> standardSettings) {
        this.own = own;
        this.ownKeys = OWN_KEYS.equals(config.verification());
        this.standardSettings = standardSettings;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (!ownKeys) {
            return standard().parse(token);
        }
        try {
            JwtClaims claims = own.verify(token);
            claims.setClaim("raw_token", token);
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        } catch (InvalidJwtException | RuntimeException e) {
            throw new ParseException("The token is not valid: " + e.getMessage(), e);
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return ownKeys ? parse(token) : standard().parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return standard().verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return standard().verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return standard().verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return standard().decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return standard().decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return standard().decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return standard().parseOnly(token);
    }

    // Built on first use: the standard settings may point at a JWKS that is not reachable at start.
    private JWTParser standard() {
        if (standard == null) {
            standard = new DefaultJWTParser(standardSettings.get());
        }
        return standard;
    }
}
