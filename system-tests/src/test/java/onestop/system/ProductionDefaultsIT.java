package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged services run the prod profile: started on a development default they refuse, saying which
 * and how to put it right, unless ONESTOP_ALLOW_INSECURE_DEFAULTS names it.
 */
class ProductionDefaultsIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
    }

    @Test
    void aServiceOnTheKnownDatabasePasswordRefusesToStart() {
        RunningSystem.Trial trial = system.trial(RunningSystem.LICENSING, Map.of("QUARKUS_DATASOURCE_PASSWORD", "onestop"));

        assertThat(trial.ready()).isFalse();
        assertThat(trial.log()).contains("Refusing to start in production with development defaults: db-password")
                .contains("set DB_PASSWORD").contains("ONESTOP_ALLOW_INSECURE_DEFAULTS");
    }

    @Test
    void aDefaultNamedInTheAllowListStartsWithAWarning() {
        RunningSystem.Trial trial = system.trial(RunningSystem.LICENSING, Map.of("QUARKUS_DATASOURCE_PASSWORD", "onestop",
                "ONESTOP_ALLOW_INSECURE_DEFAULTS", "db-password,movable-clock"));

        assertThat(trial.ready()).isTrue();
        assertThat(trial.log()).contains("Running with the insecure default 'db-password'");
    }

    @Test
    void aClockTheTestsCanMoveIsRefusedUnlessAllowed() {
        RunningSystem.Trial trial = system.trial(RunningSystem.OPPORTUNITIES,
                Map.of("ONESTOP_ALLOW_INSECURE_DEFAULTS", ""));

        assertThat(trial.ready()).isFalse();
        assertThat(trial.log()).contains("movable-clock").contains("unset ONESTOP_CLOCK_MOVABLE");
    }

    @Test
    void theGatewayRefusesForwardedHeadersFromAnyoneAndMadeUpStaffPasswords() {
        RunningSystem.Trial trial = system.trial(RunningSystem.GATEWAY, Map.of("ONESTOP_PROXY_FORWARDING", "true", "ONESTOP_TRUSTED_PROXIES", "",
                "ONESTOP_GATEWAY_ACCOUNTS_STAFF_GENERATE_MISSING_PASSWORDS", "true"));

        assertThat(trial.ready()).isFalse();
        assertThat(trial.log()).contains("forwarded-from-anyone (name the load balancers in ONESTOP_TRUSTED_PROXIES")
                .contains("staff-passwords (set ONESTOP_OFFICER_PASSWORD");
    }

    @Test
    void theGatewayWithoutAKeysEncryptionKeyRefusesToStart() {
        RunningSystem.Trial trial = system.trial(RunningSystem.GATEWAY, Map.of("ONESTOP_KEYS_ENCRYPTION_KEY", ""));

        assertThat(trial.ready()).isFalse();
        assertThat(trial.log()).contains("keys-encryption-key (set ONESTOP_KEYS_ENCRYPTION_KEY to 32 random bytes");
    }

    @Test
    void theGatewayWithAnotherKeysEncryptionKeyThanItsKeysWereStoredWithRefusesToStart() {
        RunningSystem.Trial trial = system.trial(RunningSystem.GATEWAY,
                Map.of("ONESTOP_KEYS_ENCRYPTION_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));

        assertThat(trial.ready()).isFalse();
        assertThat(trial.log()).contains("cannot be decrypted with ONESTOP_KEYS_ENCRYPTION_KEY");
    }

    @Test
    void aStandInForGovUkPayOrAMockMailerIsRefusedUnlessAllowed() {
        RunningSystem.Trial pay = system.trial(RunningSystem.LICENSING, Map.of("ONESTOP_ALLOW_STAND_INS", ""));
        RunningSystem.Trial mail = system.trial(RunningSystem.GATEWAY, Map.of("ONESTOP_MAIL_MOCK", "true"));

        assertThat(pay.ready()).isFalse();
        assertThat(pay.log()).contains("Refusing to start in production with stand-ins for real services: ")
                .contains("pay (no money is taken")
                .contains("ONESTOP_PAY_URL=https://publicapi.payments.service.gov.uk").contains("ONESTOP_ALLOW_STAND_INS");
        assertThat(mail.ready()).isFalse();
        assertThat(mail.log()).contains("mail (emails are only logged").contains("ONESTOP_ALLOW_STAND_INS");
    }

    @Test
    void anAllowedStandInStartsWithAWarning() {
        RunningSystem.Trial trial = system.trial(RunningSystem.LICENSING,
                Map.of("ONESTOP_ALLOW_STAND_INS", RunningSystem.STAND_INS_ALLOWED));

        assertThat(trial.ready()).isTrue();
        assertThat(trial.log()).contains("Running with the stand-in 'pay'").contains("Running with the stand-in 'notify'");
    }
}
