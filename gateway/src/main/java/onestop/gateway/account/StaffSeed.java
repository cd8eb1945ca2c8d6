package onestop.gateway.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

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
    private final AccountsConfig.Staff staff;

    StaffSeed(AccountService accounts, AccountsConfig config) {
        this.accounts = accounts;
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

    void seed(@Observes StartupEvent start) {
        seed("officer@onestop.local", Roles.LICENSING_OFFICER, null, staff.officerPassword());
        seed("buyer@onestop.local", Roles.BUYER, staff.buyerOrganisation(), staff.buyerPassword());
        seed("admin@onestop.local", Roles.ADMIN, null, staff.adminPassword());
        seed("police@onestop.local", Roles.POLICE, null, staff.policePassword());
        seed("environmental-health@onestop.local", Roles.ENVIRONMENTAL_HEALTH, null,
                staff.environmentalHealthPassword());
    }

    private void seed(String email, String role, String organisation, Optional<String> configured) {
        Optional<String> password = configured.filter(p -> !p.isBlank());
        if (password.isEmpty() && !staff.generateMissingPasswords()) {
            return;
        }
        if (password.isEmpty() && accounts.exists(email)) {
            return;
        }
        password.flatMap(p -> accounts.passwordProblem(p, email)).ifPresent(problem -> {
            throw new IllegalStateException("The configured password of " + email + " " + problem
                    + ": staff passwords are held to the same policy as everyone's");
        });
        String chosen = password.orElseGet(StaffSeed::madeUp);
        if (accounts.seedStaff(email, role, organisation, chosen)) {
            if (password.isEmpty()) {
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
