package onestop.opportunities.events;

import onestop.platform.events.EventType;

/**
 * Every event the opportunities service publishes on {@code onestop.opportunities.v1}; payloads are
 * described in docs/asyncapi/opportunities.yaml.
 */
public final class OpportunitiesEvents {

    public static final String OPPORTUNITY = "opportunity";
    public static final String QUESTION = "question";
    public static final String RESPONSE = "response";
    public static final String ALERT = "alert";

    public static final EventType OPPORTUNITY_PUBLISHED = EventType.of("opportunities", OPPORTUNITY, "published");
    public static final EventType OPPORTUNITY_CLOSED = EventType.of("opportunities", OPPORTUNITY, "closed");
    public static final EventType OPPORTUNITY_CANCELLED = EventType.of("opportunities", OPPORTUNITY, "cancelled");
    public static final EventType OPPORTUNITY_AWARDED = EventType.of("opportunities", OPPORTUNITY, "awarded");
    public static final EventType OPPORTUNITY_DOCUMENT_ADDED = EventType.of("opportunities", OPPORTUNITY,
            "document-added");
    public static final EventType OPPORTUNITY_DOCUMENT_REMOVED = EventType.of("opportunities", OPPORTUNITY,
            "document-removed");
    public static final EventType QUESTION_ANSWERED = EventType.of("opportunities", QUESTION, "answered");
    public static final EventType RESPONSE_SUBMITTED = EventType.of("opportunities", RESPONSE, "submitted");
    public static final EventType RESPONSE_AMENDED = EventType.of("opportunities", RESPONSE, "amended");
    public static final EventType ALERT_RAISED = EventType.of("opportunities", ALERT, "raised");

    private OpportunitiesEvents() {
    }
}
