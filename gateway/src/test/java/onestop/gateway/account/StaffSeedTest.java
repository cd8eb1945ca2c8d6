package onestop.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import onestop.platform.config.InsecureDefault;

/** Made-up staff passwords are a development default that production refuses unless it is named. */
class StaffSeedTest {

    @Test
    void makingUpStaffPasswordsIsAnInsecureDefault() {
        assertThat(new StaffSeed(null, accounts(true)).inForce()).singleElement().satisfies(found -> {
            assertThat(found.name()).isEqualTo("staff-passwords");
            assertThat(found.fix()).contains("ONESTOP_ADMIN_PASSWORD");
        });
    }

    @Test
    void configuredOrAbsentStaffPasswordsAreNot() {
        assertThat(new StaffSeed(null, accounts(false)).inForce()).extracting(InsecureDefault::name).isEmpty();
    }

    private static AccountsConfig accounts(boolean generateMissingPasswords) {
        AccountsConfig.Staff staff = new AccountsConfig.Staff() {
            @Override
            public Optional<String> officerPassword() {
                return Optional.empty();
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
            public String buyerOrganisation() {
                return "Birmingham City Council";
            }

            @Override
            public boolean generateMissingPasswords() {
                return generateMissingPasswords;
            }
        };
        return new AccountsConfig() {
            @Override
            public int bcryptCost() {
                return 4;
            }

            @Override
            public int passwordMinLength() {
                return 12;
            }

            @Override
            public Staff staff() {
                return staff;
            }
        };
    }
}
