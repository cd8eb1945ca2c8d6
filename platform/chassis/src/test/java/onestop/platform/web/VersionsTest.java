package onestop.platform.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import onestop.platform.problem.StaleVersion;
import onestop.platform.problem.VersionRequired;

class VersionsTest {

    @Test
    void theETagIsTheQuotedVersion() {
        assertThatCode(() -> Versions.require(Versions.etag(3), 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.require("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.checkIfPresent(null, 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleOrMissingVersionIsRefused() {
        assertThatThrownBy(() -> Versions.require("\"2\"", 3)).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> Versions.checkIfPresent("nonsense", 3)).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> Versions.require(null, 3)).isInstanceOf(VersionRequired.class);
    }
}
