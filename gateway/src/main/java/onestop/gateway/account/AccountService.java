package onestop.gateway.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import onestop.gateway.GatewayConfig;
import onestop.gateway.api.Registration;
import onestop.gateway.api.StaffAccount;
import onestop.gateway.api.StaffMember;
import onestop.platform.problem.Duplicate;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.security.Roles;

/** Creates accounts, checks passwords, confirms addresses and sets passwords anew (reset, change). */
@ApplicationScoped
public class AccountService {

    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(24);
    static final Duration RESET_LIFETIME = Duration.ofMinutes(30);

    private final Passwords passwords;
    private final RegistrationRules registrationRules;
    private final StaffRules staffRules;
    private final Clock clock;
    private final PasswordPolicy policy;
    private final AccountTokens tokens;
    private final Event<AccountMail> mails;
    private final Event<PasswordChanged> passwordChanges;
    private final String publicUrl;
    private final CompanyChecks companyChecks;

    AccountService(Passwords passwords, AccountsConfig config, Clock clock, AccountTokens tokens,
            Event<AccountMail> mails, Event<PasswordChanged> passwordChanges, GatewayConfig gateway,
            CompanyChecks companyChecks) {
        this.passwords = passwords;
        this.companyChecks = companyChecks;
        this.clock = clock;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordChanges = passwordChanges;
        this.publicUrl = gateway.publicUrl().toString().replaceAll("/+$", "");
        this.policy = PasswordPolicy.withCommonPasswords(config.passwordMinLength());
        this.registrationRules = new RegistrationRules(policy);
        this.staffRules = new StaffRules(policy);
    }

    /** What is wrong with a password chosen for {@code email}, in words; empty when the policy accepts it. */
    public Optional<String> passwordProblem(String password, String email) {
        return policy.problemWith(password, email);
    }

    /**
     * A new business and its first user, usable once the address is confirmed by the link sent to it. An
     * address that already has an account gets an email saying so and nothing else happens: the caller is told
     * the same either way, so nobody learns who has an account. An address registered before but never
     * confirmed gets a link of its own for this registration: whoever registered first cannot choose the
     * password of the account its owner confirms.
     */
    @Transactional
    public void register(Registration form) {
        Registration checked = registrationRules.check(form);
        // hashed whichever way it goes, so that the time taken tells nothing either
        String hash = passwords.hash(checked.password());
        Optional<UserAccount> existing = UserAccount.byEmail(checked.email());
        if (existing.isPresent()) {
            if (existing.get().emailVerifiedAt == null) {
                sendConfirmation(existing.get(),
                        tokens.issueConfirmation(existing.get().id, checked, hash, CONFIRMATION_LIFETIME));
            } else {
                mails.fire(new AccountMail(existing.get().email, "someone tried to create an account with your email",
                        "Someone tried to create a OneStop account with this email address, which already has one.\n\n"
                                + "If it was you, sign in at " + publicUrl + "/sign-in, or if you have forgotten your "
                                + "password, reset it at " + publicUrl + "/forgot-password.\n\n"
                                + "If it was not you, you need do nothing: your account has not changed.\n"));
            }
            return;
        }
        Business business = new Business();
        business.id = UUID.randomUUID();
        business.name = checked.businessName();
        business.companyNumber = checked.companyNumber();
        business.postcode = checked.postcode();
        business.createdAt = Instant.now(clock);
        companyChecks.pending(business);
        business.persist();
        UserAccount user = account(checked.email(), hash, Roles.BUSINESS);
        user.businessId = business.id;
        user.persist();
        sendConfirmation(user);
    }

    /** Sends the user a new link that confirms their address and the account as it stands. */
    @Transactional
    public void sendConfirmation(UUID userId) {
        UserAccount.<UserAccount>findByIdOptional(userId).ifPresent(this::sendConfirmation);
    }

    private void sendConfirmation(UserAccount user) {
        sendConfirmation(user, tokens.issue(user.id, AccountToken.Purpose.VERIFY_EMAIL, CONFIRMATION_LIFETIME));
    }

    private void sendConfirmation(UserAccount user, String token) {
        mails.fire(new AccountMail(user.email, "confirm your email address",
                "Confirm your email address to finish creating your OneStop account:\n\n"
                        + publicUrl + "/verify-email?token=" + token + "\n\n"
                        + "The link works once, within 24 hours. If you did not ask for an account, ignore this "
                        + "email: without confirmation the account cannot be used.\n"));
    }

    /** Confirms the address a link was sent to, with the password and business of the registration it was for. */
    @Transactional
    public void confirmEmail(String token) {
        AccountToken link = tokens.redeem(token, AccountToken.Purpose.VERIFY_EMAIL)
                .orElseThrow(AccountProblems.InvalidLink::new);
        UserAccount user = UserAccount.findById(link.userId);
        if (user.emailVerifiedAt != null) {
            return;
        }
        user.emailVerifiedAt = Instant.now(clock);
        if (link.passwordHash != null) {
            user.passwordHash = link.passwordHash;
            Business.of(user).ifPresent(business -> {
                business.name = link.businessName;
                business.companyNumber = link.companyNumber;
                business.postcode = link.postcode;
                companyChecks.pending(business);
            });
        }
    }

    /** Emails a reset link if the address has an account; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.length() > 320) {
            return;
        }
        UserAccount.byEmail(email).ifPresent(user -> {
            String token = tokens.issue(user.id, AccountToken.Purpose.RESET_PASSWORD, RESET_LIFETIME);
            mails.fire(new AccountMail(user.email, "reset your password",
                    "Someone, we hope you, asked to reset the password of your OneStop account. Choose a new one "
                            + "here:\n\n" + publicUrl + "/reset-password?token=" + token + "\n\n"
                            + "The link works once, within 30 minutes. If you did not ask, ignore this email: your "
                            + "password has not changed.\n"));
        });
    }

    /**
     * Sets a new password through a reset link: held to the policy, the link spent, the address confirmed
     * (the link proved it), every session of the account ended.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        UserAccount user = UserAccount.findById(tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD)
                .orElseThrow(AccountProblems.InvalidLink::new).userId);
        setPassword(user, newPassword);
        if (user.emailVerifiedAt == null) {
            user.emailVerifiedAt = Instant.now(clock);
        }
    }

    /** Changes a signed-in user's password, given the current one; other sessions end. */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount user = UserAccount.<UserAccount>findByIdOptional(userId).orElseThrow(
                () -> new InvalidInput("There is no such account."));
        if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash)) {
            throw new InvalidInput("The current password is not right.",
                    List.of(new Problem.FieldError("currentPassword", FieldCodes.INVALID, "is not right")));
        }
        setPassword(user, newPassword);
    }

    private void setPassword(UserAccount user, String newPassword) {
        policy.errorWith(newPassword, user.email).ifPresent(error -> {
            throw new InvalidInput("The new password " + error.message() + ".", List.of(error));
        });
        user.passwordHash = passwords.hash(newPassword);
        passwordChanges.fire(new PasswordChanged(user.id));
        mails.fire(new AccountMail(user.email, "your password was changed",
                "The password of your OneStop account was changed, and every place it was signed in has been "
                        + "signed out.\n\nIf it was not you, reset it now at " + publicUrl + "/forgot-password.\n"));
    }

    @Transactional
    public StaffCreated createStaff(StaffAccount form) {
        StaffAccount checked = staffRules.check(form);
        refuseTaken(checked.email());
        UserAccount user = account(checked.email(), passwords.hash(checked.password()), checked.role());
        user.organisation = checked.organisation();
        user.persist();
        return new StaffCreated(user.id, user.email, user.roles, user.organisation);
    }

    /** Every staff account (every account of no business), by email. */
    @Transactional
    public List<StaffMember> staff() {
        return UserAccount.<UserAccount>list("businessId is null order by email").stream()
                .map(u -> new StaffMember(u.id, u.email, u.roles, u.organisation, u.createdAt, u.lastSignedInAt))
                .toList();
    }

    /** The stored password hash of each of these accounts that exists. */
    @Transactional
    public Map<String, String> passwordHashes(List<String> emails) {
        Map<String, String> hashes = new HashMap<>();
        emails.forEach(email -> UserAccount.byEmail(email).ifPresent(user -> hashes.put(email, user.passwordHash)));
        return hashes;
    }

    /**
     * A configured staff password checked against the stored one and hashed if it changed, before the seed's
     * transaction: {@code checkedAgainst} is the stored hash it was compared with (null: none), {@code newHash} its
     * hash when it differed (null: the same password). Each takes a quarter of a second of bcrypt, so the seeds
     * work them out side by side.
     */
    public record StaffPassword(String password, String checkedAgainst, String newHash) {

        static StaffPassword check(String password, String stored, Passwords passwords) {
            boolean same = stored != null && passwords.matches(password, stored);
            return new StaffPassword(password, stored, same ? null : passwords.hash(password));
        }

        String hashFor(UserAccount existing, Passwords passwords) {
            if (existing == null || !Objects.equals(existing.passwordHash, checkedAgainst)) {
                // nothing was stored, or another replica changed it since: decide again here
                return existing != null && passwords.matches(password, existing.passwordHash) ? null
                        : newHash != null ? newHash : passwords.hash(password);
            }
            return newHash;
        }
    }

    /**
     * Creates a seeded staff account, or gives an existing one the configured password and role.
     *
     * @return whether the account was created
     */
    @Transactional
    public boolean seedStaff(String email, String role, String organisation, StaffPassword password) {
        // gateway replicas starting together on an empty database seed one at a time: without the lock, both find no
        // account and the second insert fails its start (found by deploy/local/up --replicas 2); held to commit
        UserAccount.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('onestop.gateway.staff-seed'))")
                .getSingleResult();
        Optional<UserAccount> existing = UserAccount.byEmail(email);
        String newHash = password.hashFor(existing.orElse(null), passwords);
        if (existing.isPresent()) {
            UserAccount user = existing.get();
            if (newHash != null) {
                user.passwordHash = newHash;
            }
            user.roles = List.of(role);
            user.organisation = organisation;
            return false;
        }
        UserAccount user = account(email, newHash, role);
        user.organisation = organisation;
        user.persist();
        return true;
    }

    @Transactional
    public boolean exists(String email) {
        return UserAccount.byEmail(email).isPresent();
    }

    /** The account with this email and password; an unknown email costs as much time as a wrong password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> authenticate(String email, String password) {
        Optional<UserAccount> account = email == null ? Optional.empty() : UserAccount.byEmail(email);
        if (account.isEmpty()) {
            passwords.spendCheckTime(password);
            return Optional.empty();
        }
        return passwords.matches(password, account.get().passwordHash) ? account : Optional.empty();
    }

    private void refuseTaken(String email) {
        if (UserAccount.byEmail(email).isPresent()) {
            throw new Duplicate("An account with this email already exists. Sign in, or reset the password.");
        }
    }

    // Staff accounts are made by an admin or from configuration: their addresses count as confirmed.
    private UserAccount account(String email, String passwordHash, String role) {
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.email = Emails.normalise(email);
        user.passwordHash = passwordHash;
        user.roles = List.of(role);
        user.createdAt = Instant.now(clock);
        user.emailVerifiedAt = Roles.BUSINESS.equals(role) ? null : user.createdAt;
        return user;
    }
}
