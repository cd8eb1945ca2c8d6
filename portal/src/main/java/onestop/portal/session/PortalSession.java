package onestop.portal.session;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.portal.api.Account;

/** A signed-in browser: whose it is, its CSRF token, the person's tokens at the API, and when it ends. */
@Entity
@Table(name = "portal_session")
public class PortalSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "user_id")
    public UUID userId;

    public String email;

    /** The account's roles, comma-separated. */
    public String roles;

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "csrf_token")
    public String csrfToken;

    @Column(name = "access_token")
    public String accessToken;

    /** When the access token is next refreshed (within a minute), so that signing out elsewhere reaches here. */
    @Column(name = "refresh_at")
    public Instant refreshAt;

    /** Single use: each refresh spends it and stores the next. */
    @Column(name = "refresh_token")
    public String refreshToken;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When the session was last used (to the minute): it ends when idle for too long. */
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    Account account() {
        Set<String> roleSet = roles.isEmpty() ? Set.of()
                : Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableSet());
        return new Account(userId, email, roleSet, businessId);
    }
}
