package onestop.opportunities.challenge;

import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.ChallengeDecided;
import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.Challenges.Decision;
import onestop.opportunities.api.Challenges.Funding;
import onestop.opportunities.api.Challenges.StageAsk;
import onestop.opportunities.api.Challenges.SubmissionRequest;
import onestop.opportunities.api.Challenges.SubmissionView;
import onestop.opportunities.api.Challenges.Terms;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.response.TendersSealed;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.Duplicate;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.Problem.FieldError;
import onestop.platform.problem.RuleViolation;
import onestop.platform.security.Caller;

/** The buyer sets a challenge's terms and stage asks and decides each stage; suppliers still in submit per stage. */
@ApplicationScoped
public class ChallengeService {

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    ChallengeStanding standing;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public void setTerms(UUID id, Terms terms) {
        Opportunity o = challenge(notices.owned(id));
        ChallengeTerms t = ChallengeTerms.findById(o.id);
        if (t == null) {
            t = new ChallengeTerms();
            t.opportunityId = o.id;
        } else if (StageDecision.count("opportunityId", o.id) > 0 && t.sbri != terms.sbri()) {
            throw new IllegalTransition("A challenge with decided stages keeps its SBRI terms.");
        }
        t.sbri = terms.sbri();
        t.budgetPence = terms.budgetPence();
        t.ipPosition = terms.ipPosition().strip();
        if (t.budgetPence < standing.fundedTotal(o.id)) {
            throw new RuleViolation("The budget is less than the funding already awarded.", List.of(new FieldError(
                    "budgetPence", ChallengeRules.OVER_BUDGET, "The budget is less than the funding already awarded.")));
        }
        t.persist();
    }

    @Transactional
    public void setAsk(UUID id, ChallengeStage stage, StageAsk ask) {
        Opportunity o = challenge(notices.owned(id));
        ChallengeRules.checkAskStage(o.challengeStage, stage);
        if (!ask.deadline().isAfter(clock.instant())) {
            throw new RuleViolation("The deadline must be in the future.", List.of(new FieldError("deadline",
                    FieldCodes.OUT_OF_RANGE, "The deadline must be in the future.")));
        }
        if (standing.decided(o.id, stage)) {
            throw new IllegalTransition("Stage " + stage + " is already decided.");
        }
        ChallengeAskRow row = standing.ask(o.id, stage);
        if (row == null) {
            row = new ChallengeAskRow();
            row.opportunityId = o.id;
            row.stage = stage;
        }
        row.asked = ask.asked();
        row.deadline = ask.deadline();
        row.persist();
    }

    /** A supplier still in submits for the challenge's current stage until its deadline; again replaces it. */
    @Transactional
    public SubmissionView submit(UUID id, ChallengeStage stage, SubmissionRequest request) {
        UUID business = caller.requireBusinessId();
        Opportunity o = challenge(notices.published(id));
        Instant now = clock.instant();
        ChallengeAskRow ask = standing.ask(o.id, stage);
        if (stage != o.challengeStage || ask == null || !now.isBefore(ask.deadline)) {
            throw new IllegalTransition("Stage " + stage + " is not taking submissions.");
        }
        if (!standing.stillIn(o.id, stage, business)) {
            throw new RuleViolation("You are no longer in this challenge.", List.of(new FieldError("stage",
                    FieldCodes.NOT_ALLOWED, "You were not kept in at the last decided stage.")));
        }
        StageSubmission s = StageSubmission.<StageSubmission>find("opportunityId = ?1 and stage = ?2 and businessId = ?3",
                o.id, stage, business).firstResultOptional().orElseGet(() -> {
                    StageSubmission n = new StageSubmission();
                    n.id = UUID.randomUUID();
                    n.opportunityId = o.id;
                    n.stage = stage;
                    n.businessId = business;
                    return n;
                });
        s.summary = request.summary().strip();
        s.submittedAt = now;
        s.persist();
        return standing.view(s);
    }

    /** The buyer reads a stage's submissions once its deadline has passed; a supplier only its own, any time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubmissionView> submissions(UUID id, ChallengeStage stage) {
        if (caller.businessId().isPresent()) {
            Opportunity o = challenge(notices.published(id));
            return standing.submissions(o.id, stage, caller.requireBusinessId());
        }
        Opportunity o = challenge(notices.owned(id));
        ChallengeAskRow ask = standing.ask(o.id, stage);
        if (ask == null || clock.instant().isBefore(ask.deadline)) {
            throw new TendersSealed("Submissions at " + stage + " are sealed until its deadline.");
        }
        return standing.submissions(o.id, stage, null);
    }

    /** The buyer decides the current stage after its deadline: each submitter in or out, some funded; each is told. */
    @Transactional
    public void decide(UUID id, ChallengeStage stage, Decision decision) {
        Opportunity o = challenge(notices.owned(id));
        ChallengeTerms terms = ChallengeTerms.findById(o.id);
        if (terms == null) {
            throw new RuleViolation("Set the challenge's terms (budget, SBRI, IP position) before deciding a stage.",
                    List.of(new FieldError("terms", FieldCodes.REQUIRED, "Set the challenge's terms first.")));
        }
        ChallengeAskRow ask = standing.ask(o.id, stage);
        Instant now = clock.instant();
        if (stage != o.challengeStage || ask == null) {
            throw new IllegalTransition("Only the challenge's current stage, with an ask, can be decided.");
        }
        if (now.isBefore(ask.deadline)) {
            throw new TendersSealed("Stage " + stage + " cannot be decided before its deadline.");
        }
        if (standing.decided(o.id, stage)) {
            throw new Duplicate("Stage " + stage + " is already decided.");
        }
        List<UUID> submitters = standing.submitters(o.id, stage);
        ChallengeRules.checkDecision(terms.sbri, terms.budgetPence, standing.fundedTotal(o.id), submitters, decision);
        for (UUID business : submitters) {
            StageDecision d = new StageDecision();
            d.opportunityId = o.id;
            d.stage = stage;
            d.businessId = business;
            d.kept = decision.kept().contains(business);
            d.fundingPence = decision.fundingOrNone().stream().filter(f -> f.businessId().equals(business))
                    .mapToLong(Funding::pence).sum();
            d.decidedAt = now;
            d.persist();
            outbox.append(OpportunitiesEvents.CHALLENGE_DECIDED, OpportunitiesEvents.CHALLENGE, o.id,
                    new ChallengeDecided(o.id, o.reference, o.title, o.buyer, stage, business, d.outcome(),
                            d.fundingPence, now));
        }
    }

    static Opportunity challenge(Opportunity o) {
        if (o.type != OpportunityType.CHALLENGE) {
            throw new RuleViolation("Only a CHALLENGE notice runs as a challenge.", List.of(new FieldError("type",
                    FieldCodes.NOT_ALLOWED, "Only a CHALLENGE notice runs as a challenge.")));
        }
        return o;
    }
}
