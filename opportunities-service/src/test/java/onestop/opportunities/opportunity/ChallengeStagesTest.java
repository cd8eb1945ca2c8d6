package onestop.opportunities.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.ChallengeStage;
import onestop.platform.problem.IllegalTransition;

/** The order of a challenge's stages is the service's rule, not the api enum's. */
class ChallengeStagesTest {

    @Test
    void aChallengeStartsDefinedAndMovesOneStageForward() {
        assertThat(ChallengeStages.first()).isEqualTo(ChallengeStage.CHALLENGE_DEFINED);
        assertThat(ChallengeStages.advance(ChallengeStage.CHALLENGE_DEFINED, ChallengeStage.INVITING_SOLUTIONS))
                .isEqualTo(ChallengeStage.INVITING_SOLUTIONS);
    }

    @Test
    void aChallengeNeitherSkipsAStageNorGoesBack() {
        assertThatThrownBy(() -> ChallengeStages.advance(ChallengeStage.CHALLENGE_DEFINED, ChallengeStage.EXPLORATION))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("can only move to INVITING_SOLUTIONS");
        assertThatThrownBy(() -> ChallengeStages.advance(ChallengeStage.PROTOTYPE, ChallengeStage.ACCELERATOR))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> ChallengeStages.advance(ChallengeStage.PRE_COMMERCIALISATION, null))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("no further stage");
    }
}
