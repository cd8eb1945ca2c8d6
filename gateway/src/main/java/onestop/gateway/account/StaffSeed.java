package onestop.gateway.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import onestop.platform.config.InsecureDefault;
import onestop.platform.config.InsecureDefaults;
import onestop.platform.security.Roles;

/**
 * The council's first staff accounts, from configuration at every start: officer@onestop.local,
 * buyer@onestop.local, admin@onestop.local, and two responsible authorities, police@onestop.local and
 * environmental-health@onestop.local. An unset password means no account (production), unless
 * local runs are told to make one up.
 */
@ApplicationScoped
public class StaffSeed implements InsecureDefaults.Source {

    private static final Logger LOG = Logger.getLogger(StaffSeed.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private final Passwords passwords;
    private final AccountsConfig.Staff staff;

    StaffSeed(AccountService accounts, Passwords passwords, AccountsConfig config) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.staff = config.staff();
    }

    @Override
    public List<InsecureDefault> inForce() {
        return staff.generateMissingPasswords() ? List.of(new InsecureDefault("staff-passwords",
                "set ONESTOP_OFFICER_PASSWORD, ONESTOP_BUYER_PASSWORD, ONESTOP_ADMIN_PASSWORD, ONESTOP_POLICE_PASSWORD"
                        + " and ONESTOP_ENVIRONMENTAL_HEALTH_PASSWORD, or leave them unset"
                        + " for no such account, with onestop.gateway.accounts.staff.generate-missing-passwords=false"))
                : List.of();
    }

    private record Seed(String email, String role, String organisation, String password, boolean generated) {
    }

    void seed(@Observes StartupEvent start) {
        List<Seed> seeds = Stream.of(
                        seed("officer@onestop.local", Roles.LICENSING_OFFICER, null, staff.officerPassword()),
                        seed("buyer@onestop.local", Roles.BUYER, staff.buyerOrganisation(), staff.buyerPassword()),
                        seed("admin@onestop.local", Roles.ADMIN, null, staff.adminPassword()),
                        seed("police@onestop.local", Roles.POLICE, null, staff.policePassword()),
                        seed("environmental-health@onestop.local", Roles.ENVIRONMENTAL_HEALTH, null,
                                staff.environmentalHealthPassword()))
                .flatMap(Optional::stream).toList();
        // the bcrypt work (a quarter of a second a password) side by side, on every core, then one seed at a time
        Map<String, String> stored = accounts.passwordHashes(seeds.stream().map(Seed::email).toList());
        List<AccountService.StaffPassword> checked = seeds.parallelStream().map(seed -> AccountService.StaffPassword
                .check(seed.password(), stored.get(seed.email()), passwords)).toList();
        for (int i = 0; i < seeds.size(); i++) {
            create(seeds.get(i), checked.get(i));
        }
    }

    private Optional<Seed> seed(String email, String role, String organisation, Optional<String> configured) {
        Optional<String> password = configured.filter(p -> !p.isBlank());
        if (password.isEmpty() && !staff.generateMissingPasswords()) {
            return Optional.empty();
        }
        if (password.isEmpty() && accounts.exists(email)) {
            return Optional.empty();
        }
        password.flatMap(p -> accounts.passwordProblem(p, email)).ifPresent(problem -> {
            throw new IllegalStateException("The configured password of " + email + " " + problem
                    + ": staff passwords are held to the same policy as everyone's");
        });
        return Optional.of(new Seed(email, role, organisation, password.orElseGet(StaffSeed::madeUp),
                password.isEmpty()));
    }

    private void create(Seed seed, AccountService.StaffPassword password) {
        String email = seed.email();
        String role = seed.role();
        String chosen = seed.password();
        if (accounts.seedStaff(email, role, seed.organisation(), password)) {
            if (seed.generated()) {
                LOG.warnf("Created %s (%s) with the generated password %s; it is shown only this once", email, role,
                        chosen);
            } else {
                LOG.infof("Created staff account %s (%s)", email, role);
            }
        }
    }

    private static String madeUp() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
