package onestop.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InsecureDefaultsTest {

    private static List<String> inForce(Map<String, String> settings) {
        return InsecureDefaults.inForce(key -> Optional.ofNullable(settings.get(key))).stream()
                .map(InsecureDefault::name).toList();
    }

    @Test
    void theDatabasePasswordEveryoneKnowsIsFound() {
        assertThat(inForce(Map.of("quarkus.datasource.password", "onestop"))).containsExactly("db-password");
        assertThat(inForce(Map.of("quarkus.datasource.password", "k3Jq8w2Zr7xPq1Lm"))).isEmpty();
    }

    @Test
    void forwardedHeadersBelievedFromAnyoneAreFound() {
        assertThat(inForce(Map.of("quarkus.http.proxy.proxy-address-forwarding", "true")))
                .containsExactly("forwarded-from-anyone");
        assertThat(inForce(Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.trusted-proxies", "10.0.0.0/8"))).isEmpty();
        assertThat(inForce(Map.of("quarkus.http.proxy.proxy-address-forwarding", "false"))).isEmpty();
    }

    @Test
    void aClockThatCanBeMovedIsFound() {
        assertThat(inForce(Map.of("onestop.clock.movable", "true"))).containsExactly("movable-clock");
        assertThat(inForce(Map.of("onestop.clock.movable", "false"))).isEmpty();
    }

    @Test
    void onlyWhatIsNamedIsAllowedAndTheMessageSaysHowToFixTheRest() {
        List<InsecureDefault> found = List.of(new InsecureDefault("db-password", "set DB_PASSWORD"),
                new InsecureDefault("staff-passwords", "set ONESTOP_ADMIN_PASSWORD"));
        Set<String> allowed = InsecureDefaults.allowed(Optional.of(" staff-passwords , "));
        List<InsecureDefault> refused = InsecureDefaults.refused(found, allowed);
        assertThat(refused).extracting(InsecureDefault::name).containsExactly("db-password");
        assertThat(InsecureDefaults.message(refused)).contains("db-password (set DB_PASSWORD)")
                .contains("ONESTOP_ALLOW_INSECURE_DEFAULTS");
    }
}
