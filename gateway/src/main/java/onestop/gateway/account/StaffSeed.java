package onestop.gateway.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import onestop.platform.config.InsecureDefault;
import onestop.platform.config.InsecureDefaults;
import onestop.platform.security.Roles;

/**
 * The council's first staff accounts, from configuration at every start: officer@onestop.local,
 * buyer@onestop.local, admin@onestop.local, and two responsible authorities, police@onestop.local and
 * environmental-health@onestop.local. An unset password means no account (production), unless
 * local runs are told to make one up.
 *
 * <p>A configured password is checked against the stored one with bcrypt, a quarter to half a second each, so the
 * checks run in the background once the start has read the configuration (a weak password still stops the start):
 * the gateway is ready half a second to a second sooner (bench/startup), a sign-in as one of these addresses
 * waits for its seed, and a seed that fails takes the gateway out of readiness ({@link StaffSeedReadiness}), as it
 * stopped the start before.
 */
@ApplicationScoped
public class StaffSeed implements InsecureDefaults.Source {

    private static final Logger LOG = Logger.getLogger(StaffSeed.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService accounts;
    private final Passwords passwords;
    private final AccountsConfig.Staff staff;
    private volatile Set<String> seeding = Set.of();
    private volatile CompletableFuture<Void> seeded = CompletableFuture.completedFuture(null);

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
        Map<String, String> stored = accounts.passwordHashes(seeds.stream().map(Seed::email).toList());
        seeding = seeds.stream().map(Seed::email).collect(Collectors.toUnmodifiableSet());
        seeded = CompletableFuture.runAsync(() -> seed(seeds, stored), task -> {
            Thread thread = new Thread(task, "staff-seed");
            thread.setDaemon(true);
            thread.start();
        });
        seeded.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.error("Seeding the staff accounts failed: the gateway is not ready until it restarts", failure);
            }
        });
    }

    /** A sign-in as one of the seeded addresses waits for the seed, so that the configured password holds. */
    public void awaitSeed(String email) {
        if (!seeded.isDone() && email != null && seeding.contains(Emails.normalise(email))) {
            waitForSeed();
        }
    }

    /** {@code staff-seed}: down once the seed has failed, up while it runs and once it is done. */
    public HealthCheckResponse state() {
        boolean failed = seeded.isCompletedExceptionally();
        return HealthCheckResponse.named("staff-seed").status(!failed)
                .withData("state", failed ? "failed" : seeded.isDone() ? "seeded" : "seeding").build();
    }

    void finish(@Observes ShutdownEvent stop) {
        waitForSeed();
    }

    private void waitForSeed() {
        try {
            seeded.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // told by the log and the readiness check; a sign-in goes on against what is stored
        }
    }

    private void seed(List<Seed> seeds, Map<String, String> stored) {
        // the bcrypt work side by side, on every core, then one seed at a time
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
