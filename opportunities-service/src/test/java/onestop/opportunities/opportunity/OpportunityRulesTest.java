package onestop.opportunities.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.RuleViolation;

/** The rules of a notice's life, without a container. */
class OpportunityRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static NoticeFields fields(OpportunityType type, Instant closingAt) {
        return new NoticeFields("Title", "Description", type, null, 100L, 200L, "Birmingham", "B1 1BB", closingAt,
                true, false, List.of("PREMISES"), null, null, null, null, null, null);
    }

    private static Opportunity draft(OpportunityType type, Instant closingAt) {
        return Opportunity.draft(UUID.randomUUID(), "OPP-2026-000001", "Birmingham City Council",
                fields(type, closingAt), List.of("45000000-7"), NOW);
    }

    @Test
    void theStateMachineIsData() {
        assertThat(NoticeLifecycle.canMove(OpportunityStatus.DRAFT, OpportunityStatus.OPEN)).isTrue();
        assertThat(NoticeLifecycle.canMove(OpportunityStatus.OPEN, OpportunityStatus.AWARDED)).isFalse();
        assertThat(NoticeLifecycle.canMove(OpportunityStatus.CLOSED, OpportunityStatus.AWARDED)).isTrue();
        for (OpportunityStatus end : List.of(OpportunityStatus.AWARDED, OpportunityStatus.CANCELLED)) {
            for (OpportunityStatus any : OpportunityStatus.values()) {
                assertThat(NoticeLifecycle.canMove(end, any)).isFalse();
            }
        }
        assertThat(NoticeLifecycle.canMove(OpportunityStatus.DRAFT, OpportunityStatus.AWARDED))
                .as("a direct award, by a transparency notice").isTrue();
        assertThatThrownBy(() -> NoticeLifecycle.move(OpportunityStatus.OPEN, OpportunityStatus.AWARDED))
                .isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aDraftIsEditedThenPublishedThenClosedThenAwarded() {
        Opportunity o = draft(OpportunityType.TENDER, NOW.plusSeconds(3600));
        o.revise(NoticePatch.of(new NoticeFields("New title", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null)), null, NOW);
        assertThat(o.title).isEqualTo("New title");
        assertThat(o.description).isEqualTo("Description");
        assertThat(o.cpvPrefixes).containsExactly("45");
        o.publish(NOW);
        assertThat(o.status).isEqualTo(OpportunityStatus.OPEN);
        assertThat(o.acceptsResponses(NOW)).isTrue();
        assertThat(o.acceptsResponses(NOW.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> o.revise(NoticePatch.of(fields(OpportunityType.TENDER, null)), null,
                NOW.plusSeconds(3600))).as("a tender notice after its deadline").isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("after its deadline");
        assertThatThrownBy(() -> o.revise(NoticePatch.of(fields(OpportunityType.QUOTE, null)), null, NOW))
                .as("a published notice keeps its type").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> o.award(UUID.randomUUID(), UUID.randomUUID(), "Acme", 1, null, NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> o.close(NOW.plusSeconds(3599))).as("suppliers have until the deadline")
                .isInstanceOf(IllegalTransition.class)
                .hasMessageStartingWith("Suppliers have until the deadline, 11:00 on 1 March 2026, to respond");
        assertThat(o.status).isEqualTo(OpportunityStatus.OPEN);
        o.close(NOW.plusSeconds(3600));
        o.award(UUID.randomUUID(), UUID.randomUUID(), "Acme", 150, null, NOW.plusSeconds(3600));
        assertThat(o.status).isEqualTo(OpportunityStatus.AWARDED);
        assertThatThrownBy(() -> o.cancel("late", NOW)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void publishingNeedsAFutureClosingTime() {
        Opportunity o = draft(OpportunityType.QUOTE, NOW.minusSeconds(1));
        assertThatThrownBy(() -> o.publish(NOW)).isInstanceOf(RuleViolation.class);
        assertThat(o.status).isEqualTo(OpportunityStatus.DRAFT);
    }

    @Test
    void aSubcontractNeedsItsParentAndNothingElseHasOne() {
        assertThatThrownBy(() -> draft(OpportunityType.SUBCONTRACT, null)).isInstanceOf(InvalidInput.class);
        NoticeFields withParent = new NoticeFields("t", "d", OpportunityType.TENDER, null, null, null, null, null,
                null, null, null, null, null, UUID.randomUUID(), null, null, null, null);
        assertThatThrownBy(() -> Opportunity.draft(UUID.randomUUID(), "r", "b", withParent, List.of(), NOW))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aChallengeStartsDefinedAndOnlyMovesOneStageForward() {
        Opportunity o = draft(OpportunityType.CHALLENGE, NOW.plusSeconds(60));
        assertThat(o.challengeStage).isEqualTo(ChallengeStage.CHALLENGE_DEFINED);
        o.advanceChallenge(ChallengeStage.INVITING_SOLUTIONS, NOW);
        assertThatThrownBy(() -> o.advanceChallenge(ChallengeStage.CHALLENGE_DEFINED, NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> o.advanceChallenge(ChallengeStage.PROTOTYPE, NOW))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> draft(OpportunityType.QUOTE, null).advanceChallenge(ChallengeStage.EXPLORATION, NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void ownershipIsByOrganisationIgnoringCase() {
        Opportunity o = draft(OpportunityType.QUOTE, null);
        assertThat(o.ownedBy("birmingham city council")).isTrue();
        assertThat(o.ownedBy("Sandwell Council")).isFalse();
        assertThat(o.ownedBy(null)).isFalse();
    }
}
