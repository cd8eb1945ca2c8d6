package onestop.opportunities.assessment;

import java.util.List;

import onestop.opportunities.api.AwardCriterion;
import onestop.opportunities.api.Lot;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.response.SupplierResponse;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * Which lot of a tender is assessed ({@code ?lot=}): on a notice divided into lots one the tender bids for, with that
 * lot's criteria; on a notice without lots none, with the notice's criteria (422 naming {@code lot} otherwise).
 */
final class LotOfTender {

    private LotOfTender() {
    }

    static String blankAsNone(String lot) {
        return lot == null || lot.isBlank() ? null : lot.strip();
    }

    static void check(Opportunity o, SupplierResponse r, String lotId) {
        List<String> bids = lotsBidFor(o, r);
        String fault = o.lots().isEmpty() ? lotId == null ? null : "this notice is not divided into lots"
                : lotId == null ? "name the lot assessed: " + r.reference + " bids for " + String.join(", ", bids)
                : bids.contains(lotId) ? null : r.reference + " does not bid for lot " + lotId;
        if (fault != null) {
            throw new RuleViolation("The lot assessed is not one the tender bids for.", List.of(new Problem.FieldError(
                    "lot", lotId == null ? FieldCodes.REQUIRED : FieldCodes.UNKNOWN, fault)));
        }
    }

    /** The criteria a tender is assessed on: its lot's, or the notice's; one overall score when there are none. */
    static List<AwardCriterion> criteria(Opportunity o, String lotId) {
        List<AwardCriterion> criteria = lotId == null ? o.awardCriteria
                : o.lots().stream().filter(l -> l.id().equals(lotId)).findFirst().map(Lot::criteria).orElse(List.of());
        return criteria.isEmpty() ? AssessmentService.OVERALL : criteria;
    }

    /** Whether the notice is assessed before its award: it has criteria, its own or a lot's. */
    static boolean hasCriteria(Opportunity o) {
        return !o.awardCriteria.isEmpty() || o.lots().stream().anyMatch(l -> !l.criteria().isEmpty());
    }

    /** How many assessments the award needs: one per tender, or one per tender and lot it bids for. */
    static long needed(Opportunity o) {
        if (o.lots().isEmpty()) {
            return SupplierResponse.count("opportunityId", o.id);
        }
        return SupplierResponse.<SupplierResponse>list("opportunityId", o.id).stream()
                .mapToLong(r -> lotsBidFor(o, r).size()).sum();
    }

    /**
     * The lots of the notice a tender bids for: a lot the buyer removed while the notice was open is not assessed,
     * even if the tender, made before, still names it.
     */
    static List<String> lotsBidFor(Opportunity o, SupplierResponse r) {
        List<String> lots = o.lots().stream().map(Lot::id).toList();
        return r.lotIds().stream().filter(lots::contains).toList();
    }
}
