package onestop.opportunities.challenge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.Challenges.ChallengeView;
import onestop.opportunities.api.Challenges.FundedSupplier;
import onestop.opportunities.api.Challenges.StageView;
import onestop.opportunities.api.Challenges.StandingView;
import onestop.opportunities.api.Challenges.SubmissionView;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.supplier.Supplier;

/** Who is where in a challenge: the asks, the submissions, the decisions, read back as views. */
@ApplicationScoped
public class ChallengeStanding {

    ChallengeAskRow ask(UUID opportunityId, ChallengeStage stage) {
        return ChallengeAskRow.find("opportunityId = ?1 and stage = ?2", opportunityId, stage).firstResult();
    }

    boolean decided(UUID opportunityId, ChallengeStage stage) {
        return StageDecision.count("opportunityId = ?1 and stage = ?2", opportunityId, stage) > 0;
    }

    /** Everyone may take part until the first decision; after it, only those kept in at the last decided stage. */
    boolean stillIn(UUID opportunityId, ChallengeStage stage, UUID business) {
        StageDecision last = StageDecision.<StageDecision>find("opportunityId = ?1 and stage in ?2 order by decidedAt desc",
                opportunityId, earlier(stage)).firstResult();
        if (last == null) {
            return true;
        }
        return StageDecision.count("opportunityId = ?1 and stage = ?2 and businessId = ?3 and kept = true",
                opportunityId, last.stage, business) > 0;
    }

    List<UUID> submitters(UUID opportunityId, ChallengeStage stage) {
        return StageSubmission.<StageSubmission>find("opportunityId = ?1 and stage = ?2 order by submittedAt",
                opportunityId, stage).stream().map(s -> s.businessId).toList();
    }

    /** A stage's submissions, or only {@code business}'s when it is not null. */
    List<SubmissionView> submissions(UUID opportunityId, ChallengeStage stage, UUID business) {
        List<StageSubmission> found = business == null
                ? StageSubmission.list("opportunityId = ?1 and stage = ?2 order by submittedAt", opportunityId, stage)
                : StageSubmission.list("opportunityId = ?1 and stage = ?2 and businessId = ?3", opportunityId, stage,
                        business);
        return found.stream().map(this::view).toList();
    }

    long fundedTotal(UUID opportunityId) {
        Number sum = StageDecision.find("select coalesce(sum(d.fundingPence), 0) from StageDecision d "
                + "where d.opportunityId = ?1", opportunityId).project(Number.class).firstResult();
        return sum == null ? 0 : sum.longValue();
    }

    SubmissionView view(StageSubmission s) {
        return new SubmissionView(s.id, s.stage, s.businessId, name(s.businessId), s.summary, s.submittedAt);
    }

    /** The public view: terms, each stage's ask and deadline, the number of submissions, and the funded once decided. */
    ChallengeView challenge(Opportunity o) {
        ChallengeTerms terms = ChallengeTerms.findById(o.id);
        List<StageView> stages = new ArrayList<>();
        for (ChallengeStage stage : ChallengeStage.values()) {
            if (stage == ChallengeStage.CHALLENGE_DEFINED) {
                continue;
            }
            ChallengeAskRow ask = ask(o.id, stage);
            List<StageDecision> decisions = StageDecision.list("opportunityId = ?1 and stage = ?2", o.id, stage);
            List<FundedSupplier> funded = decisions.stream().filter(d -> d.fundingPence > 0)
                    .map(d -> new FundedSupplier(d.businessId, name(d.businessId), d.fundingPence)).toList();
            stages.add(new StageView(stage, ask == null ? null : ask.asked, ask == null ? null : ask.deadline,
                    StageSubmission.count("opportunityId = ?1 and stage = ?2", o.id, stage), !decisions.isEmpty(),
                    (int) decisions.stream().filter(d -> d.kept).count(), funded));
        }
        return new ChallengeView(o.id, o.reference, o.title, o.buyer, o.challengeStage,
                terms == null ? null : terms.sbri, terms == null ? null : terms.budgetPence,
                terms == null ? null : terms.ipPosition, fundedTotal(o.id), stages);
    }

    /** A supplier's own part in a challenge, stage by stage. */
    List<StandingView> standing(UUID opportunityId, UUID business) {
        List<StandingView> out = new ArrayList<>();
        for (ChallengeStage stage : ChallengeStage.values()) {
            boolean submitted = StageSubmission.count("opportunityId = ?1 and stage = ?2 and businessId = ?3",
                    opportunityId, stage, business) > 0;
            StageDecision d = StageDecision.find("opportunityId = ?1 and stage = ?2 and businessId = ?3",
                    opportunityId, stage, business).firstResult();
            if (submitted || d != null) {
                out.add(new StandingView(stage, submitted, d == null ? null : d.outcome(),
                        d == null ? 0 : d.fundingPence));
            }
        }
        return out;
    }

    private static List<ChallengeStage> earlier(ChallengeStage stage) {
        return List.of(ChallengeStage.values()).subList(0, stage.ordinal());
    }

    private static String name(UUID business) {
        Supplier s = Supplier.findById(business);
        return s == null ? null : s.name;
    }
}
