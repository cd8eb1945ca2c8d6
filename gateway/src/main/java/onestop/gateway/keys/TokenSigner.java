package onestop.gateway.keys;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import onestop.gateway.GatewayConfig;

/** Signs the gateway's access tokens with the current key, naming it in the {@code kid} header. */
@ApplicationScoped
public class TokenSigner {

    private final SigningKeys keys;
    private final GatewayConfig config;

    TokenSigner(SigningKeys keys, GatewayConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /** Sets the issuer and audience, then signs RS256; the builder's own claims are kept. */
    public String sign(JwtClaimsBuilder claims) {
        SigningKey key = keys.current();
        return claims.issuer(config.issuer())
                .audience(config.audience())
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(key.kid())
                .sign(key.privateKey());
    }
}
