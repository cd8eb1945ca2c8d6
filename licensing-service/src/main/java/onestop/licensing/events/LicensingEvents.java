package onestop.licensing.events;

import onestop.platform.events.EventType;

/** Every event the licensing service publishes on {@code onestop.licensing.v1}; see docs/asyncapi/licensing.yaml. */
public final class LicensingEvents {

    public static final String APPLICATION = "application";
    public static final String LICENCE = "licence";

    public static final EventType APPLICATION_SUBMITTED = application("submitted");
    public static final EventType APPLICATION_INFORMATION_REQUESTED = application("information-requested");
    public static final EventType APPLICATION_STATUS_CHANGED = application("status-changed");
    public static final EventType APPLICATION_DECIDED = application("decided");

    public static final EventType LICENCE_ISSUED = licence("issued");
    public static final EventType LICENCE_SUSPENDED = licence("suspended");
    public static final EventType LICENCE_REINSTATED = licence("reinstated");
    public static final EventType LICENCE_REVOKED = licence("revoked");
    public static final EventType LICENCE_SURRENDERED = licence("surrendered");
    public static final EventType LICENCE_EXPIRED = licence("expired");
    public static final EventType LICENCE_RENEWAL_DUE = licence("renewal-due");

    private LicensingEvents() {
    }

    private static EventType application(String verb) {
        return EventType.of("licensing", APPLICATION, verb);
    }

    private static EventType licence(String verb) {
        return EventType.of("licensing", LICENCE, verb);
    }
}
