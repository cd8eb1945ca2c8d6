package onestop.licensing.application;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.OfficerRequests;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * What a decision after relevant representations must say: reasons (Licensing Act 2003 s.23(2)); modified
 * conditions when it modifies them; the activities it excludes, each one applied for and not all of them (that
 * would be a refusal). The outcomes that modify the application need a hearing held or dispensed with.
 */
final class HearingDecision {

    private static final String ACTIVITIES = "licensableActivities";

    private HearingDecision() {
    }

    static void check(OfficerRequests.Decision decision, boolean afterHearing, JsonNode details) {
        List<Problem.FieldError> errors = new ArrayList<>();
        DecisionOutcome outcome = decision.outcome();
        boolean modifies = outcome == DecisionOutcome.GRANT_WITH_MODIFIED_CONDITIONS
                || outcome == DecisionOutcome.EXCLUDE_ACTIVITIES;
        if (modifies && !afterHearing) {
            errors.add(new Problem.FieldError("outcome", FieldCodes.NOT_ALLOWED,
                    "is only open after a hearing, or when all parties agreed one is unnecessary"));
        }
        if (afterHearing && (decision.reasons() == null || decision.reasons().isBlank())) {
            errors.add(new Problem.FieldError("reasons", FieldCodes.REQUIRED,
                    "is required for a decision on relevant representations"));
        }
        if (outcome == DecisionOutcome.GRANT_WITH_MODIFIED_CONDITIONS && decision.conditionsOrNone().isEmpty()) {
            errors.add(new Problem.FieldError("conditions", FieldCodes.REQUIRED, "is required to modify conditions"));
        }
        List<String> excluded = decision.excludedActivitiesOrNone();
        if (outcome != DecisionOutcome.EXCLUDE_ACTIVITIES && !excluded.isEmpty()) {
            errors.add(new Problem.FieldError("excludedActivities", FieldCodes.NOT_ALLOWED,
                    "only with the outcome EXCLUDE_ACTIVITIES"));
        }
        if (outcome == DecisionOutcome.EXCLUDE_ACTIVITIES) {
            List<String> applied = appliedFor(details);
            if (excluded.isEmpty()) {
                errors.add(new Problem.FieldError("excludedActivities", FieldCodes.REQUIRED,
                        "name at least one activity to exclude"));
            } else if (!applied.containsAll(excluded)) {
                errors.add(new Problem.FieldError("excludedActivities", FieldCodes.INVALID,
                        "must be among those applied for: " + String.join(", ", applied)));
            } else if (excluded.containsAll(applied)) {
                errors.add(new Problem.FieldError("excludedActivities", FieldCodes.INVALID,
                        "cannot exclude every activity applied for: refuse instead"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation("The decision cannot be recorded as it stands.", errors);
        }
    }

    /** The details the licence carries: those applied for, without the excluded activities. */
    static JsonNode licensed(JsonNode details, List<String> excluded) {
        if (excluded.isEmpty() || !(details instanceof ObjectNode object) || !object.path(ACTIVITIES).isArray()) {
            return details;
        }
        ObjectNode copy = object.deepCopy();
        ArrayNode kept = copy.putArray(ACTIVITIES);
        appliedFor(details).stream().filter(a -> !excluded.contains(a)).forEach(kept::add);
        return copy;
    }

    private static List<String> appliedFor(JsonNode details) {
        List<String> applied = new ArrayList<>();
        details.path(ACTIVITIES).forEach(a -> applied.add(a.asText()));
        return applied;
    }
}
