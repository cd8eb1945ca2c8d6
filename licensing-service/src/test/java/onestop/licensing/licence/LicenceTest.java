package onestop.licensing.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import onestop.licensing.api.LicenceStatus;
import onestop.licensing.timeline.Actor;
import onestop.platform.problem.Forbidden;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.InvalidInput;

class LicenceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest
    @EnumSource(LicenceStatus.class)
    void everyActionNotAllowedFromAStateIsAnIllegalTransition(LicenceStatus status) {
        for (LicenceAction action : LicenceAction.values()) {
            Licence licence = in(status);
            Actor actor = switch (action.actor()) {
                case OWNER -> Actor.owner("holder");
                case OFFICER -> Actor.officer("officer");
                case AUTHORITY -> Actor.authority("police", "police@onestop.local");
                case SYSTEM -> Actor.SYSTEM;
                case PUBLIC -> throw new IllegalStateException("no licence action is theirs");
            };
            if (action.allowedFrom(status)) {
                assertThat(licence.perform(action, actor, "reason", NOW)).isEqualTo(status);
                assertThat(licence.status).isEqualTo(action.to());
            } else {
                assertThatThrownBy(() -> licence.perform(action, actor, "reason", NOW))
                        .as("%s from %s", action, status).isInstanceOf(IllegalTransition.class);
            }
        }
    }

    @Test
    void suspendedLicencesCanBeReinstatedAndEndedOnesStayEnded() {
        Licence licence = in(LicenceStatus.ACTIVE);
        licence.perform(LicenceAction.SUSPEND, Actor.officer("o"), "Breach of condition 3", NOW);
        licence.perform(LicenceAction.REINSTATE, Actor.officer("o"), "Breach remedied", NOW);
        assertThat(licence.status).isEqualTo(LicenceStatus.ACTIVE);
        licence.perform(LicenceAction.EXPIRE, Actor.SYSTEM, null, NOW);
        assertThat(LicenceAction.allowed(licence.status, Actor.Kind.OFFICER)).isEmpty();
        assertThat(LicenceAction.allowed(licence.status, Actor.Kind.OWNER)).isEmpty();
    }

    @Test
    void officersGiveReasonsAndHoldersCannotSuspend() {
        assertThatThrownBy(() -> in(LicenceStatus.ACTIVE).perform(LicenceAction.REVOKE, Actor.officer("o"), "", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> in(LicenceStatus.ACTIVE).perform(LicenceAction.SUSPEND, Actor.owner("h"), "x", NOW))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void postcodesAreMatchedWithoutSpacesInUpperCase() {
        assertThat(Licence.postcodeKey("b1 1aa")).isEqualTo("B11AA");
    }

    private static Licence in(LicenceStatus status) {
        Licence licence = new Licence();
        licence.number = "PL-000001";
        licence.status = status;
        return licence;
    }
}
