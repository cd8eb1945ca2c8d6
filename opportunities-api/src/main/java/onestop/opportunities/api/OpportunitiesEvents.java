package onestop.opportunities.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import onestop.platform.events.EventType;

/**
 * Every event the opportunities service publishes on {@link #TOPIC}, and the record its data is read into; see
 * docs/asyncapi/opportunities.yaml.
 */
public final class OpportunitiesEvents {

    public static final String TOPIC = "onestop.opportunities.v1";

    public static final String OPPORTUNITY = "opportunity";
    public static final String QUESTION = "question";
    public static final String RESPONSE = "response";
    public static final String ALERT = "alert";
    public static final String CHALLENGE = "challenge";

    public static final EventType OPPORTUNITY_PUBLISHED = type(OPPORTUNITY, "published");
    public static final EventType OPPORTUNITY_CLOSED = type(OPPORTUNITY, "closed");
    public static final EventType OPPORTUNITY_CANCELLED = type(OPPORTUNITY, "cancelled");
    public static final EventType OPPORTUNITY_AWARDED = type(OPPORTUNITY, "awarded");
    public static final EventType OPPORTUNITY_STANDSTILL_EXTENDED = type(OPPORTUNITY, "standstill-extended");
    public static final EventType OPPORTUNITY_AWARD_CHALLENGED = type(OPPORTUNITY, "award-challenged");
    public static final EventType OPPORTUNITY_AWARD_CHALLENGE_RESOLVED = type(OPPORTUNITY,
            "award-challenge-resolved");
    public static final EventType OPPORTUNITY_CHANGED = type(OPPORTUNITY, "changed");
    public static final EventType OPPORTUNITY_DOCUMENT_ADDED = type(OPPORTUNITY, "document-added");
    public static final EventType OPPORTUNITY_DOCUMENT_REMOVED = type(OPPORTUNITY, "document-removed");
    public static final EventType QUESTION_ANSWERED = type(QUESTION, "answered");
    public static final EventType RESPONSE_SUBMITTED = type(RESPONSE, "submitted");
    public static final EventType RESPONSE_AMENDED = type(RESPONSE, "amended");
    public static final EventType ALERT_RAISED = type(ALERT, "raised");
    public static final EventType CHALLENGE_DECIDED = type(CHALLENGE, "decided");

    private static final Map<String, Class<?>> DATA = new LinkedHashMap<>();

    static {
        DATA.put(OPPORTUNITY_PUBLISHED.value(), OpportunityPublished.class);
        DATA.put(OPPORTUNITY_CLOSED.value(), OpportunityClosed.class);
        DATA.put(OPPORTUNITY_CANCELLED.value(), OpportunityCancelled.class);
        DATA.put(OPPORTUNITY_AWARDED.value(), OpportunityAwarded.class);
        DATA.put(OPPORTUNITY_STANDSTILL_EXTENDED.value(), StandstillExtended.class);
        DATA.put(OPPORTUNITY_AWARD_CHALLENGED.value(), AwardChallenged.class);
        DATA.put(OPPORTUNITY_AWARD_CHALLENGE_RESOLVED.value(), AwardChallengeResolved.class);
        DATA.put(OPPORTUNITY_CHANGED.value(), OpportunityChanged.class);
        DATA.put(OPPORTUNITY_DOCUMENT_ADDED.value(), DocumentAdded.class);
        DATA.put(OPPORTUNITY_DOCUMENT_REMOVED.value(), DocumentRemoved.class);
        DATA.put(QUESTION_ANSWERED.value(), QuestionAnswered.class);
        DATA.put(RESPONSE_SUBMITTED.value(), ResponseSubmitted.class);
        DATA.put(RESPONSE_AMENDED.value(), ResponseAmended.class);
        DATA.put(ALERT_RAISED.value(), AlertRaised.class);
        DATA.put(CHALLENGE_DECIDED.value(), ChallengeDecided.class);
    }

    private OpportunitiesEvents() {
    }

    /** Every type name this service publishes, with the record of its data, in catalogue order. */
    public static Map<String, Class<?>> dataRecords() {
        return Collections.unmodifiableMap(DATA);
    }

    private static EventType type(String aggregate, String verb) {
        return EventType.of("opportunities", aggregate, verb);
    }
}
