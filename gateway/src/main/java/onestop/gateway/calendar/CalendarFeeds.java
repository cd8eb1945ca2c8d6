package onestop.gateway.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.gateway.GatewayConfig;
import onestop.gateway.Secrets;
import onestop.gateway.account.UserAccount;
import onestop.gateway.keys.KeyEncryptionSetting;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Roles;

/**
 * Each person's private calendar feed. Its token is HMAC-SHA256(key, user id and a random nonce) under a key
 * derived from the gateway's encryption key, so the gateway can show the same address again while the database
 * keeps only the nonce and the token's SHA-256 (a copy of the database opens no feed). Resetting draws a new
 * nonce: the old address matches nothing and answers 404.
 */
@ApplicationScoped
public class CalendarFeeds {

    private static final Duration HEARING_LENGTH = Duration.ofHours(1);
    // a closing time is a moment; a short event shows it in every calendar application's day view
    private static final Duration DEADLINE_LENGTH = Duration.ofMinutes(30);

    private final EntityManager db;
    private final Clock clock;
    private final byte[] key;
    private final String publicUrl;

    CalendarFeeds(EntityManager db, Clock clock, KeyEncryptionSetting keys, GatewayConfig config) {
        this.db = db;
        this.clock = clock;
        this.key = keys.derivedKey("onestop calendar feed tokens");
        this.publicUrl = config.publicUrl().toString().replaceAll("/+$", "");
    }

    /** The address of {@code userId}'s feed, made on first asking. */
    @Transactional
    public String urlOf(UUID userId) {
        List<?> nonce = db.createNativeQuery("select nonce from calendar_feed where user_id = :user")
                .setParameter("user", userId).getResultList();
        return url(nonce.isEmpty() ? newNonce(userId) : (String) nonce.get(0), userId);
    }

    /** A new address for {@code userId}'s feed; the old one stops working at once. */
    @Transactional
    public String reset(UUID userId) {
        return url(newNonce(userId), userId);
    }

    /** The feed a token opens, as iCalendar text; 404 for a token that opens none (never made, or reset). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String feed(String token) {
        List<?> users = db.createNativeQuery("select user_id from calendar_feed where token_sha256 = :hash")
                .setParameter("hash", Secrets.sha256(token)).getResultList();
        UserAccount user = users.isEmpty() ? null : UserAccount.findById(users.get(0));
        if (user == null) {
            throw new NotFound("There is no calendar at this address. It may have been reset: get the new address "
                    + "from your account page.");
        }
        return IcsWriter.write("OneStop deadlines", clock.instant(), events(audiences(user)));
    }

    static List<String> audiences(UserAccount user) {
        List<String> audiences = new ArrayList<>();
        if (user.businessId != null) {
            audiences.add(CalendarChange.business(user.businessId));
        }
        if (user.roles.contains(Roles.LICENSING_OFFICER)) {
            audiences.add(CalendarChange.OFFICERS);
        }
        if (user.roles.contains(Roles.BUYER) && user.organisation != null) {
            audiences.add(CalendarChange.buyers(user.organisation));
        }
        return audiences;
    }

    private List<IcsWriter.Event> events(List<String> audiences) {
        if (audiences.isEmpty()) {
            return List.of();
        }
        List<?> rows = db.createNativeQuery("""
                select uid, sequence, updated_at, starts_at, on_day, summary, description, link, kind
                from calendar_entry where audience in (:audiences) and not removed
                order by coalesce(starts_at, cast(on_day as timestamp) at time zone 'Europe/London'), uid
                """).setParameter("audiences", audiences).getResultList();
        List<IcsWriter.Event> events = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Instant startsAt = r[3] == null ? null : Secrets.instant(r[3]);
            LocalDate day = r[4] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[4];
            Duration length = CalendarRules.HEARING.equals(r[8]) ? HEARING_LENGTH : DEADLINE_LENGTH;
            events.add(new IcsWriter.Event(r[0] + "@onestop", ((Number) r[1]).intValue(), Secrets.instant(r[2]),
                    startsAt, length, startsAt == null ? day : null, (String) r[5], (String) r[6],
                    r[7] == null ? null : publicUrl + r[7]));
        }
        return events;
    }

    private String newNonce(UUID userId) {
        String nonce = Secrets.random();
        db.createNativeQuery("""
                insert into calendar_feed (user_id, nonce, token_sha256, created_at) values (:user, :nonce, :hash, :at)
                on conflict (user_id) do update set nonce = excluded.nonce, token_sha256 = excluded.token_sha256,
                    created_at = excluded.created_at
                """).setParameter("user", userId).setParameter("nonce", nonce)
                .setParameter("hash", Secrets.sha256(token(nonce, userId))).setParameter("at", clock.instant())
                .executeUpdate();
        return nonce;
    }

    private String url(String nonce, UUID userId) {
        return publicUrl + "/calendar/" + token(nonce, userId) + ".ics";
    }

    private String token(String nonce, UUID userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal((userId + ":" + nonce).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code token} could be one of ours at all (43 base64url characters), before any lookup. */
    static Optional<String> wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}") ? Optional.of(token) : Optional.empty();
    }
}
