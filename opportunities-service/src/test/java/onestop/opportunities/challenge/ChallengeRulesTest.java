package onestop.opportunities.challenge;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.Challenges.Decision;
import onestop.opportunities.api.Challenges.Funding;
import onestop.platform.problem.ProblemException;

class ChallengeRulesTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Test
    void anSbriChallengeRefusesToKeepFewerThanTwo() {
        Decision one = new Decision(List.of(a), List.of());
        assertThatThrownBy(() -> ChallengeRules.checkDecision(true, 100, 0, List.of(a, b), one))
                .satisfies(e -> field((ProblemException) e, "kept", "sbri-two-competitors"));
        assertThatCode(() -> ChallengeRules.checkDecision(false, 100, 0, List.of(a, b), one)).doesNotThrowAnyException();
    }

    @Test
    void fundingGoesOnlyToThoseKeptAndStaysWithinTheBudget() {
        assertThatThrownBy(() -> ChallengeRules.checkDecision(false, 100, 0, List.of(a, b),
                new Decision(List.of(a), List.of(new Funding(b, 10L)))))
                .satisfies(e -> field((ProblemException) e, "funding", "invalid"));
        assertThatThrownBy(() -> ChallengeRules.checkDecision(false, 100, 60, List.of(a, b),
                new Decision(List.of(a, b), List.of(new Funding(a, 20L), new Funding(b, 21L)))))
                .satisfies(e -> field((ProblemException) e, "funding", "over-budget"));
        assertThatCode(() -> ChallengeRules.checkDecision(false, 100, 60, List.of(a, b),
                new Decision(List.of(a, b), List.of(new Funding(a, 20L), new Funding(b, 20L)))))
                .doesNotThrowAnyException();
    }

    @Test
    void onlySubmittersAreKeptAndAsksAreForTheCurrentStageOrLater() {
        assertThatThrownBy(() -> ChallengeRules.checkDecision(false, 100, 0, List.of(a, b),
                new Decision(List.of(a, c), null))).satisfies(e -> field((ProblemException) e, "kept", "invalid"));
        assertThatThrownBy(() -> ChallengeRules.checkAskStage(ChallengeStage.PROTOTYPE, ChallengeStage.EXPLORATION))
                .satisfies(e -> field((ProblemException) e, "stage", "not-allowed"));
        assertThatCode(() -> ChallengeRules.checkAskStage(ChallengeStage.PROTOTYPE,
                ChallengeStage.PRE_COMMERCIALISATION)).doesNotThrowAnyException();
    }

    private static void field(ProblemException e, String field, String code) {
        org.assertj.core.api.Assertions.assertThat(e.errors()).extracting(f -> f.field() + ":" + f.code())
                .contains(field + ":" + code);
    }
}
