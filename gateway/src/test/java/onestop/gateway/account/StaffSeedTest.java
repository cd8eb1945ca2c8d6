package onestop.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.config.InsecureDefault;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * The staff seeded at start are held to the password policy: a weak configured password stops the start.
 * Made-up staff passwords are a development default that production refuses unless it is named.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class StaffSeedTest {

    @Inject
    AccountService accounts;

    @Inject
    Passwords passwords;

    @Inject
    AccountsConfig config;

    @Test
    void aWeakConfiguredStaffPasswordStopsTheStartAndSaysWhy() {
        assertThatThrownBy(() -> seedWithOfficerPassword("password1234"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("officer@onestop.local")
                .hasMessageContaining("too common")
                .hasMessageContaining("held to the same policy");
        assertThatThrownBy(() -> seedWithOfficerPassword("Short1!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("officer@onestop.local");
        // and the account keeps the password it had
        Accounts.officer();
    }

    @Inject
    SignInThrottle throttle;

    @Test
    void theGatewayIsReadyWhileTheSeedChecksPasswordsAndASignInWaitsForIt() {
        String original = config.staff().officerPassword().orElseThrow();
        String rotated = "quartz-meadow-lantern-58";
        // a slow hash (bcrypt cost 14, a second or more here) for the rotated password
        StaffSeed seed = new StaffSeed(accounts, new Passwords(staff(Optional.of(rotated), false, 14)),
                staff(Optional.of(rotated), false, config.bcryptCost()));
        try {
            seed.seed(null);
            assertThat(seed.state().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(seed.state().getData().orElseThrow()).containsEntry("state", "seeding");

            SignIns.Outcome outcome = new SignIns(accounts, throttle, seed).attempt("officer@onestop.local", rotated);

            assertThat(outcome).isInstanceOf(SignIns.Succeeded.class);
            assertThat(seed.state().getData().orElseThrow()).containsEntry("state", "seeded");
        } finally {
            StaffSeed back = new StaffSeed(accounts, passwords, staff(Optional.of(original), false, config.bcryptCost()));
            back.seed(null);
            back.awaitSeed("officer@onestop.local");
        }
        Accounts.officer();
    }

    @Test
    void makingUpStaffPasswordsIsAnInsecureDefault() {
        assertThat(new StaffSeed(accounts, passwords, staff(Optional.empty(), true)).inForce()).singleElement().satisfies(found -> {
            assertThat(found.name()).isEqualTo("staff-passwords");
            assertThat(found.fix()).contains("ONESTOP_ADMIN_PASSWORD");
        });
    }

    @Test
    void configuredOrAbsentStaffPasswordsAreNot() {
        assertThat(new StaffSeed(accounts, passwords, staff(Optional.empty(), false)).inForce())
                .extracting(InsecureDefault::name).isEmpty();
    }

    private void seedWithOfficerPassword(String password) {
        new StaffSeed(accounts, passwords, staff(Optional.of(password), false)).seed(null);
    }

    private AccountsConfig staff(Optional<String> officerPassword, boolean generateMissingPasswords) {
        return staff(officerPassword, generateMissingPasswords, config.bcryptCost());
    }

    private AccountsConfig staff(Optional<String> officerPassword, boolean generateMissingPasswords, int bcryptCost) {
        return new AccountsConfig() {
            @Override
            public int bcryptCost() {
                return bcryptCost;
            }

            @Override
            public int passwordMinLength() {
                return config.passwordMinLength();
            }

            @Override
            public Staff staff() {
                return new Staff() {
                    @Override
                    public Optional<String> officerPassword() {
                        return officerPassword;
                    }

                    @Override
                    public Optional<String> buyerPassword() {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<String> adminPassword() {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<String> policePassword() {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<String> environmentalHealthPassword() {
                        return Optional.empty();
                    }

                    @Override
                    public String buyerOrganisation() {
                        return config.staff().buyerOrganisation();
                    }

                    @Override
                    public boolean generateMissingPasswords() {
                        return generateMissingPasswords;
                    }
                };
            }
        };
    }
}
