package onestop.gateway.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import onestop.gateway.account.Business;
import onestop.gateway.account.Passwords;
import onestop.gateway.account.UserAccount;
import onestop.gateway.api.AccountClosed;
import onestop.gateway.api.GatewayEvents;
import onestop.gateway.texts.MobileNumbers;
import onestop.platform.mail.MailOutbox;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;

/**
 * Closes a business user's account (UK GDPR art. 17): the gateway's own personal data goes at once and
 * {@code account.closed} tells the services, in the same transaction, to erase or anonymise theirs.
 * The user row is deleted, which takes its sessions, refresh tokens, links and inbox with it (on delete
 * cascade); the business keeps its id (the services' records name it) but loses its name, number and postcode
 * once its last user has gone. What is kept, and why, is in docs/domain.md (Data rights) and ADR 0012.
 */
@ApplicationScoped
public class AccountClosures {

    /** What a business, or a person, whose account was closed is called wherever a record of it must remain. */
    public static final String FORMER_HOLDER = "Former account holder";

    private final Passwords passwords;
    private final Outbox outbox;
    private final MailOutbox mail;
    private final MobileNumbers mobiles;
    private final Clock clock;

    AccountClosures(Passwords passwords, Outbox outbox, MailOutbox mail, MobileNumbers mobiles, Clock clock) {
        this.mobiles = mobiles;
        this.clock = clock;
        this.passwords = passwords;
        this.outbox = outbox;
        this.mail = mail;
    }

    @Transactional
    public void close(UUID userId, String password) {
        UserAccount user = UserAccount.<UserAccount>findByIdOptional(userId)
                .orElseThrow(() -> new NotFound("This account no longer exists."));
        if (password == null || !passwords.matches(password, user.passwordHash)) {
            throw new InvalidInput("The password is not right.",
                    List.of(new Problem.FieldError("password", FieldCodes.INVALID, "is not right")));
        }
        erase(user);
    }

    /**
     * Closes an account nobody has signed in to for the retention period (the {@link IdleAccountJob}): the same
     * erasure and the same event as a closure its holder asks for, without the password.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeIdle(UserAccount user) {
        erase(user);
    }

    private void erase(UserAccount user) {
        UUID userId = user.id;
        UUID businessId = user.businessId;
        String email = user.email;
        mobiles.forget(userId); // the texts sent to its number go with it; the row would go with the user's
        user.delete();
        UserAccount.getEntityManager().flush();
        UserAccount.getEntityManager().createNativeQuery("delete from sign_in_throttle where email = ?1")
                .setParameter(1, email).executeUpdate();
        // the emails sent to it (and any not sent yet): the address and what they told of
        mail.forget(email);
        boolean last = businessId != null && UserAccount.ofBusiness(businessId).isEmpty();
        if (last) {
            Business business = Business.findById(businessId);
            business.name = FORMER_HOLDER;
            business.companyNumber = null;
            business.postcode = null;
            business.companyCheck = null;
            business.companyCheckReason = null;
            business.companyRegisteredName = null;
            business.closedAt = Instant.now(clock);
            // its calendar dates go with it (the feed itself went with the user row)
            UserAccount.getEntityManager().createNativeQuery("delete from calendar_entry where audience = ?1")
                    .setParameter(1, "business:" + businessId).executeUpdate();
        }
        outbox.append(GatewayEvents.ACCOUNT_CLOSED, GatewayEvents.ACCOUNT, userId,
                new AccountClosed(userId, businessId, last));
    }
}
