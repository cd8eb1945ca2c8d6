package onestop.gateway.token;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import onestop.gateway.api.TokenPair;
import onestop.gateway.keys.TokensConfig;
import onestop.gateway.account.UserAccount;
import onestop.gateway.keys.TokenSigner;
import onestop.platform.security.Caller;

/** Makes the access token of an account: who (sub, upn), what it may do (groups), and for whom. */
@ApplicationScoped
public class AccessTokens {

    static final Duration LONGEST = Duration.ofMinutes(15);

    private final TokenSigner signer;
    private final Duration ttl;
    private final RefreshTokens refreshTokens;

    AccessTokens(TokenSigner signer, TokensConfig config, RefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
        if (config.ttl().compareTo(LONGEST) > 0 || config.ttl().isNegative() || config.ttl().isZero()) {
            throw new IllegalStateException("onestop.gateway.tokens.ttl must be between 1 second and 15 minutes");
        }
        this.signer = signer;
        this.ttl = config.ttl();
    }

    /** An access token and the first refresh token of a new sign-in. */
    public TokenPair signIn(UserAccount account) {
        return withRefresh(account, refreshTokens.start(account.id));
    }

    /** An access token for the user, carrying the refresh token given. */
    public TokenPair withRefresh(UserAccount account, String refreshToken) {
        return new TokenPair(sign(account), "Bearer", ttl.toSeconds(), refreshToken,
                RefreshTokens.IDLE.toSeconds());
    }

    /** An access token alone, without a refresh token. */
    public String accessTokenFor(UserAccount account) {
        return sign(account);
    }

    private String sign(UserAccount account) {
        JwtClaimsBuilder claims = Jwt.subject(account.id.toString())
                .upn(account.email)
                .groups(Set.copyOf(account.roles))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(System.currentTimeMillis() / 1000)
                .expiresIn(ttl);
        if (account.businessId != null) {
            claims.claim(Caller.BUSINESS_ID_CLAIM, account.businessId.toString());
        }
        if (account.organisation != null) {
            claims.claim(Caller.ORGANISATION_CLAIM, account.organisation);
        }
        return signer.sign(claims);
    }
}
