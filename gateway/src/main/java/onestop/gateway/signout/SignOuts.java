package onestop.gateway.signout;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import onestop.gateway.account.PasswordChanged;
import onestop.gateway.account.SignOutEverywhere;
import onestop.gateway.token.RefreshTokens;

/**
 * Signs a user out everywhere, when {@link PasswordChanged} or {@link SignOutEverywhere} is fired (so that the
 * routes that ask for it need not know who holds sessions): every refresh token family ends at once (and with
 * it every portal session, at its next refresh). An access
 * token already issued stays valid until it expires (at most {@code onestop.gateway.tokens.ttl}, 5 minutes):
 * the services verify tokens on their own, without asking the gateway.
 */
@ApplicationScoped
public class SignOuts {

    private final RefreshTokens refreshTokens;

    SignOuts(RefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
    }

    @Transactional
    public void everywhere(UUID userId) {
        refreshTokens.revokeAll(userId);
    }

    /** A new password ends every session: whoever knew the old one is out. */
    void passwordChanged(@Observes PasswordChanged changed) {
        everywhere(changed.userId());
    }

    /** Asked for by the user or an administrator, through the API or the portal. */
    void signOutEverywhere(@Observes SignOutEverywhere request) {
        everywhere(request.userId());
    }
}
