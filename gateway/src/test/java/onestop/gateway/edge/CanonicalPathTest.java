package onestop.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/api/auth/token", "/sign-in", "/api/opportunities/opportunities.csv",
            "/assets/fonts/light-94a07e06a1-v2.woff2", "/files/a%20b.pdf", "/caf%C3%A9", "/a/b~c_d-e.f" })
    void pathsWrittenTheOneWayTheyRouteAreCanonical(String path) {
        assertThat(CanonicalPath.isCanonical(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "api", "/%61pi", "/api/%2e%2e/x", "/api/%7Eme", "/api/..", "/api/.", "//api", "/api//x",
            "/api/", "/api%2Fx", "/api%5Cx", "/api\\x", "/api/%", "/api/%4", "/api/%zz", "/%41PI" })
    void everyOtherSpellingIsNot(String path) {
        assertThat(CanonicalPath.isCanonical(path)).isFalse();
    }
}
