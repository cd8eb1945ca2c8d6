package onestop.opportunities.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.AssessmentRequest;
import onestop.opportunities.api.AssessmentSummary;
import onestop.opportunities.api.AssessmentView;
import onestop.opportunities.api.AwardCriterion;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.Score;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.response.SupplierResponse;
import onestop.opportunities.response.TendersSealed;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/**
 * The buyer scores each tender against the notice's award criteria once the deadline has passed (never before:
 * tenders are sealed), until the award; a notice with award criteria is awarded only when every tender is
 * assessed, and then each supplier reads its assessment summary.
 */
@ApplicationScoped
public class AssessmentService {

    /** A notice without award criteria is assessed on one overall score. */
    static final List<AwardCriterion> OVERALL = List.of(
            new AwardCriterion("Overall", AwardCriterion.Kind.QUALITY, 100, null));

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public AssessmentView assess(UUID opportunityId, UUID responseId, String lotId, AssessmentRequest request) {
        Opportunity o = notices.owned(opportunityId);
        if (o.status == OpportunityStatus.OPEN) {
            throw new TendersSealed("The tenders for " + o.reference + " are sealed until it closes at " + o.closingAt
                    + "; they are assessed after the deadline.");
        }
        if (o.status != OpportunityStatus.CLOSED) {
            throw new IllegalTransition("Tenders are assessed after the deadline and before the award; this notice is "
                    + o.status.phrase() + ".");
        }
        SupplierResponse r = response(o, responseId);
        LotOfTender.check(o, r, lotId);
        List<AwardCriterion> criteria = LotOfTender.criteria(o, lotId);
        List<Score> scores = inCriteriaOrder(criteria, request.scores());
        TenderAssessment a = TenderAssessment.of(r.id, lotId);
        if (a == null) {
            a = new TenderAssessment();
            a.id = UUID.randomUUID();
            a.responseId = r.id;
            a.lotId = lotId;
            a.opportunityId = o.id;
        }
        a.scores = scores;
        a.total = total(criteria, scores);
        a.assessedAt = clock.instant();
        a.assessedBy = caller.subject();
        a.persist();
        return view(a, r);
    }

    /** Every assessed tender's assessment, highest total first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentView> list(UUID opportunityId) {
        Opportunity o = notices.owned(opportunityId);
        Map<UUID, SupplierResponse> responses = SupplierResponse.<SupplierResponse>list("opportunityId", o.id).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        return TenderAssessment.of(o.id).stream().map(a -> view(a, responses.get(a.responseId))).toList();
    }

    /**
     * Before a contract award notice: a notice with award criteria needs every tender assessed (409 naming how
     * many are not); the time the summaries are sent is then recorded on the notice. A notice without criteria
     * needs none, but when the buyer scored every tender (on {@code Overall}), their summaries are sent alike.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkAllAssessedAndSend(Opportunity o, UUID winningResponse, Instant now) {
        long tenders = LotOfTender.needed(o);
        long assessed = TenderAssessment.count("opportunityId", o.id);
        if (!LotOfTender.hasCriteria(o)) {
            if (tenders > 0 && assessed >= tenders && TenderAssessment.count("responseId", winningResponse) > 0) {
                o.assessmentSummariesSentAt = now;
            }
            return;
        }
        if (tenders == 0 || assessed < tenders) {
            throw new IllegalTransition(tenders == 0 ? "There is no tender to award."
                    : (tenders - assessed) + " of " + tenders + " tenders are not assessed yet; every tender is "
                            + "assessed (on each lot it bids for) before the contract award notice.");
        }
        if (TenderAssessment.count("responseId", winningResponse) == 0) {
            throw new NotFound("There is no assessed response " + winningResponse + " on this notice.");
        }
        o.assessmentSummariesSentAt = now;
    }

    /** The assessment summary of one tender: for its supplier, and for the buyer; once the award is published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentSummary summary(UUID opportunityId, UUID responseId, String lot) {
        Opportunity o;
        SupplierResponse r;
        if (caller.hasRole(Roles.BUYER)) {
            o = notices.owned(opportunityId);
            r = response(o, responseId);
        } else {
            o = notices.readable(opportunityId);
            r = response(o, responseId);
            if (!r.businessId.equals(caller.requireBusinessId())) {
                throw new NotFound("There is no response " + responseId + " on this notice.");
            }
        }
        // on a notice with lots, the lot asked for, or the first the tender bid for
        List<String> bids = LotOfTender.lotsBidFor(o, r);
        String lotId = o.lots().isEmpty() ? null : lot != null ? lot : bids.isEmpty() ? null : bids.get(0);
        LotOfTender.check(o, r, lotId);
        TenderAssessment mine = TenderAssessment.of(r.id, lotId);
        TenderAssessment winner = o.awardedResponseId == null ? null : TenderAssessment.of(o.awardedResponseId, lotId);
        if (o.assessmentSummariesSentAt == null || mine == null || winner == null) {
            throw new NotFound("There is no assessment summary for " + r.reference
                    + (lotId == null ? "" : " on lot " + lotId) + " yet: summaries are sent with the contract award "
                    + "notice, for each lot awarded.");
        }
        Map<String, Score> own = byCriterion(mine.scores);
        Map<String, Score> winning = byCriterion(winner.scores);
        List<AssessmentSummary.Line> lines = new ArrayList<>();
        for (AwardCriterion c : LotOfTender.criteria(o, lotId)) {
            Score yours = own.get(key(c.name()));
            Score best = winning.get(key(c.name()));
            lines.add(new AssessmentSummary.Line(c.name(), c.kind(), c.weight(), yours.score(), yours.reason(),
                    best.score(), best.reason()));
        }
        return new AssessmentSummary(o.id, o.reference, o.title, o.buyer, r.reference, r.id.equals(o.awardedResponseId),
                lines, mine.total, winner.total, o.awardedSupplierName, o.assessmentSummariesSentAt,
                o.standstillLastDay, lotId);
    }

    /** The scores in the notice's order of criteria: each criterion once, none unknown (422 naming each fault). */
    static List<Score> inCriteriaOrder(List<AwardCriterion> criteria, List<Score> given) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Score> byName = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            Score s = given.get(i);
            boolean known = criteria.stream().anyMatch(c -> key(c.name()).equals(key(s.criterion())));
            if (!known) {
                errors.add(new Problem.FieldError("scores[" + i + "].criterion", FieldCodes.UNKNOWN,
                        "is not an award criterion of this notice"));
            } else if (byName.putIfAbsent(key(s.criterion()), s) != null) {
                errors.add(new Problem.FieldError("scores[" + i + "].criterion", FieldCodes.CONFLICT,
                        "is scored twice"));
            }
        }
        List<Score> ordered = new ArrayList<>();
        for (AwardCriterion c : criteria) {
            Score s = byName.get(key(c.name()));
            if (s == null) {
                errors.add(new Problem.FieldError("scores", FieldCodes.REQUIRED, "needs a score for " + c.name()));
            } else {
                ordered.add(new Score(c.name(), s.score(), s.reason().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation("The assessment does not score each award criterion once.", errors);
        }
        return ordered;
    }

    /** The weighted total out of 100: each score times its weighting. */
    static BigDecimal total(List<AwardCriterion> criteria, List<Score> ordered) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            total = total.add(BigDecimal.valueOf((long) ordered.get(i).score() * criteria.get(i).weight()));
        }
        return total.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private static SupplierResponse response(Opportunity o, UUID responseId) {
        SupplierResponse r = SupplierResponse.findById(responseId);
        if (r == null || !r.opportunityId.equals(o.id)) {
            throw new NotFound("There is no response " + responseId + " on this notice.");
        }
        return r;
    }

    private static Map<String, Score> byCriterion(List<Score> scores) {
        return scores.stream().collect(Collectors.toMap(s -> key(s.criterion()), Function.identity()));
    }

    private static String key(String criterion) {
        return criterion.strip().toLowerCase(Locale.ROOT);
    }

    private static AssessmentView view(TenderAssessment a, SupplierResponse r) {
        return new AssessmentView(a.responseId, r.reference, r.businessId, a.scores, a.total, a.assessedAt, a.lotId);
    }
}
