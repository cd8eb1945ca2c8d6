package onestop.gateway.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import onestop.platform.problem.Duplicate;
import onestop.platform.security.Roles;

/** Creates accounts and checks passwords. */
@ApplicationScoped
public class AccountService {

    private final Passwords passwords;
    private final RegistrationRules registrationRules;
    private final StaffRules staffRules;
    private final Clock clock;
    private final PasswordPolicy policy;

    AccountService(Passwords passwords, AccountsConfig config, Clock clock) {
        this.passwords = passwords;
        this.clock = clock;
        this.policy = PasswordPolicy.withCommonPasswords(config.passwordMinLength());
        this.registrationRules = new RegistrationRules(policy);
        this.staffRules = new StaffRules(policy);
    }

    /** What is wrong with a password chosen for {@code email}, in words; empty when the policy accepts it. */
    public Optional<String> passwordProblem(String password, String email) {
        return policy.problemWith(password, email);
    }

    /** A new business and its first user. */
    @Transactional
    public Registered register(Registration form) {
        Registration checked = registrationRules.check(form);
        refuseTaken(checked.email());
        Business business = new Business();
        business.id = UUID.randomUUID();
        business.name = checked.businessName();
        business.companyNumber = checked.companyNumber();
        business.postcode = checked.postcode();
        business.createdAt = Instant.now(clock);
        business.persist();
        UserAccount user = account(checked.email(), checked.password(), Roles.BUSINESS);
        user.businessId = business.id;
        user.persist();
        return new Registered(user.id, business.id);
    }

    @Transactional
    public StaffCreated createStaff(StaffAccount form) {
        StaffAccount checked = staffRules.check(form);
        refuseTaken(checked.email());
        UserAccount user = account(checked.email(), checked.password(), checked.role());
        user.organisation = checked.organisation();
        user.persist();
        return new StaffCreated(user.id, user.email, user.roles, user.organisation);
    }

    /**
     * Creates a seeded staff account, or gives an existing one the configured password and role.
     *
     * @return whether the account was created
     */
    @Transactional
    public boolean seedStaff(String email, String role, String organisation, String password) {
        Optional<UserAccount> existing = UserAccount.byEmail(email);
        if (existing.isPresent()) {
            UserAccount user = existing.get();
            if (!passwords.matches(password, user.passwordHash)) {
                user.passwordHash = passwords.hash(password);
            }
            user.roles = List.of(role);
            user.organisation = organisation;
            return false;
        }
        UserAccount user = account(email, password, role);
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

    private UserAccount account(String email, String password, String role) {
        UserAccount user = new UserAccount();
        user.id = UUID.randomUUID();
        user.email = Emails.normalise(email);
        user.passwordHash = passwords.hash(password);
        user.roles = List.of(role);
        user.createdAt = Instant.now(clock);
        return user;
    }
}
