package onestop.licensing.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import onestop.platform.events.EventType;

/**
 * Every event the licensing service publishes on {@link #TOPIC}, and the record its data is read into; see
 * docs/asyncapi/licensing.yaml.
 */
public final class LicensingEvents {

    public static final String TOPIC = "onestop.licensing.v1";

    public static final String APPLICATION = "application";
    public static final String LICENCE = "licence";

    public static final EventType APPLICATION_SUBMITTED = application("submitted");
    public static final EventType APPLICATION_INFORMATION_REQUESTED = application("information-requested");
    public static final EventType APPLICATION_STATUS_CHANGED = application("status-changed");
    public static final EventType APPLICATION_DECIDED = application("decided");
    public static final EventType APPLICATION_TARGET_EXTENDED = application("target-extended");
    public static final EventType APPLICATION_HEARING_SCHEDULED = application("hearing-scheduled");
    public static final EventType APPLICATION_PAYMENT_SUCCEEDED = application("payment-succeeded");
    public static final EventType APPLICATION_PAYMENT_FAILED = application("payment-failed");
    public static final EventType APPLICATION_PAYMENT_REFUNDED = application("payment-refunded");

    public static final EventType LICENCE_ISSUED = licence("issued");
    public static final EventType LICENCE_SUSPENDED = licence("suspended");
    public static final EventType LICENCE_REINSTATED = licence("reinstated");
    public static final EventType LICENCE_REVOKED = licence("revoked");
    public static final EventType LICENCE_SURRENDERED = licence("surrendered");
    public static final EventType LICENCE_EXPIRED = licence("expired");
    public static final EventType LICENCE_TRANSFERRED = licence("transferred");
    public static final EventType LICENCE_RENEWAL_DUE = licence("renewal-due");
    /** Another business applied to take the licence over: its holder (businessId) is asked for consent. */
    public static final EventType LICENCE_TRANSFER_REQUESTED = licence("transfer-requested");

    private static final Map<String, Class<?>> DATA = new LinkedHashMap<>();

    static {
        for (EventType type : new EventType[] { APPLICATION_SUBMITTED, APPLICATION_INFORMATION_REQUESTED,
                APPLICATION_STATUS_CHANGED, APPLICATION_DECIDED, APPLICATION_TARGET_EXTENDED,
                APPLICATION_HEARING_SCHEDULED, APPLICATION_PAYMENT_SUCCEEDED, APPLICATION_PAYMENT_FAILED,
                APPLICATION_PAYMENT_REFUNDED }) {
            DATA.put(type.value(), ApplicationEvent.class);
        }
        for (EventType type : new EventType[] { LICENCE_ISSUED, LICENCE_SUSPENDED, LICENCE_REINSTATED,
                LICENCE_REVOKED, LICENCE_SURRENDERED, LICENCE_EXPIRED, LICENCE_RENEWAL_DUE, LICENCE_TRANSFERRED,
                LICENCE_TRANSFER_REQUESTED }) {
            DATA.put(type.value(), LicenceEvent.class);
        }
    }

    private LicensingEvents() {
    }

    /** Every type name this service publishes, with the record of its data, in catalogue order. */
    public static Map<String, Class<?>> dataRecords() {
        return Collections.unmodifiableMap(DATA);
    }

    private static EventType application(String verb) {
        return EventType.of("licensing", APPLICATION, verb);
    }

    private static EventType licence(String verb) {
        return EventType.of("licensing", LICENCE, verb);
    }
}
