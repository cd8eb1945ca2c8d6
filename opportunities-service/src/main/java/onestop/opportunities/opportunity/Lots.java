package onestop.opportunities.opportunity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import onestop.opportunities.api.AwardCriterion;
import onestop.opportunities.api.Lot;
import onestop.opportunities.api.NoticeView;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * The rules of a notice divided into lots: each lot's id once, its criteria's weightings adding up to 100, its
 * value with VAT not below the value without; the notice's own criteria then empty (they are per lot); a response
 * bids for one or more of the notice's lots. Social value below PPN 002's 10% is a warning per lot, never a refusal.
 */
public final class Lots {

    private Lots() {
    }

    static void check(Opportunity o, List<Problem.FieldError> errors) {
        if (o.lots().isEmpty()) {
            return;
        }
        if (!o.awardCriteria.isEmpty()) {
            errors.add(new Problem.FieldError("awardCriteria", FieldCodes.CONFLICT,
                    "a notice divided into lots has its award criteria per lot"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < o.lots().size(); i++) {
            Lot lot = o.lots().get(i);
            String at = "lots[" + i + "]";
            if (!ids.add(lot.id())) {
                errors.add(new Problem.FieldError(at + ".id", FieldCodes.CONFLICT, "each lot needs its own id"));
            }
            if (lot.valueGrossPence() != null && lot.valuePence() != null && lot.valueGrossPence() < lot.valuePence()) {
                errors.add(new Problem.FieldError(at + ".valueGrossPence", FieldCodes.OUT_OF_RANGE,
                        "must not be less than the value without VAT"));
            }
            checkCriteria(lot.criteria(), at + ".awardCriteria", errors);
        }
    }

    /** Weightings adding up to 100, each criterion's name once (the notice's own, or a lot's). */
    static void checkCriteria(List<AwardCriterion> criteria, String field, List<Problem.FieldError> errors) {
        if (criteria.isEmpty()) {
            return;
        }
        int total = criteria.stream().mapToInt(Lots::weight).sum();
        if (total != 100) {
            errors.add(new Problem.FieldError(field, FieldCodes.OUT_OF_RANGE,
                    "weightings must add up to 100, not " + total));
        }
        if (criteria.stream().map(c -> c.name().strip().toLowerCase(Locale.ROOT)).distinct().count() < criteria.size()) {
            errors.add(new Problem.FieldError(field, FieldCodes.CONFLICT, "each criterion needs its own name"));
        }
    }

    /** PPN 002 warnings: the notice's own criteria, then each lot's ("Lot 2: ..."). */
    public static List<String> warnings(Opportunity o) {
        List<String> warnings = new ArrayList<>();
        if (socialValueBelowGoodPractice(o.awardCriteria)) {
            warnings.add(NoticeView.SOCIAL_VALUE_BELOW_PPN_002);
        }
        for (Lot lot : o.lots()) {
            if (socialValueBelowGoodPractice(lot.criteria())) {
                warnings.add("Lot " + lot.id() + ": " + NoticeView.SOCIAL_VALUE_BELOW_PPN_002);
            }
        }
        return warnings;
    }

    private static boolean socialValueBelowGoodPractice(List<AwardCriterion> criteria) {
        int socialValue = criteria.stream().filter(c -> c.kind() == AwardCriterion.Kind.SOCIAL_VALUE)
                .mapToInt(Lots::weight).sum();
        return !criteria.isEmpty() && socialValue < AwardCriterion.SOCIAL_VALUE_GOOD_PRACTICE;
    }

    // an imported lot's criterion may come without a weighting
    private static int weight(AwardCriterion c) {
        return c.weight() == null ? 0 : c.weight();
    }

    /**
     * The lots a response names: on a notice with lots one or more of them, each once (422 naming
     * {@code lotIds[i]}); on a notice without lots none.
     */
    public static List<String> checkBid(Opportunity o, List<String> lotIds) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> known = new HashSet<>(o.lots().stream().map(Lot::id).toList());
        if (known.isEmpty() && !lotIds.isEmpty()) {
            errors.add(new Problem.FieldError("lotIds", FieldCodes.INVALID, "this notice is not divided into lots"));
        } else if (!known.isEmpty() && lotIds.isEmpty()) {
            errors.add(new Problem.FieldError("lotIds", FieldCodes.REQUIRED, "name the lot or lots you bid for"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lotIds.size() && !known.isEmpty(); i++) {
            String id = lotIds.get(i).strip();
            if (!known.contains(id)) {
                errors.add(new Problem.FieldError("lotIds[" + i + "]", FieldCodes.UNKNOWN, "is not a lot of this notice"));
            } else if (!seen.add(id)) {
                errors.add(new Problem.FieldError("lotIds[" + i + "]", FieldCodes.CONFLICT, "is named twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation("The response does not name the notice's lots.", errors);
        }
        return lotIds.stream().map(String::strip).toList();
    }
}
