package onestop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeprecationHeadersTest {

    @DeprecatedRoute(since = "2026-12-04", sunset = "2027-06-30")
    void goingAway() {
    }

    @DeprecatedRoute(since = "2026-12-04")
    void goingAwaySomeDay() {
    }

    @Test
    void aDeprecatedRouteSaysSinceWhenAndUntilWhen() throws Exception {
        DeprecatedRoute route = getClass().getDeclaredMethod("goingAway").getAnnotation(DeprecatedRoute.class);
        assertThat(DeprecationHeaders.headersFor(route))
                .containsEntry("Deprecation", "@1796342400")
                .containsEntry("Sunset", "Wed, 30 Jun 2027 00:00:00 GMT");
        DeprecatedRoute undecided = getClass().getDeclaredMethod("goingAwaySomeDay").getAnnotation(DeprecatedRoute.class);
        assertThat(DeprecationHeaders.headersFor(undecided)).containsOnlyKeys("Deprecation");
    }
}
