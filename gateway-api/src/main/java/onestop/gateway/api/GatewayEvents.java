package onestop.gateway.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import onestop.platform.events.EventType;

/**
 * Every event the gateway publishes on {@link #TOPIC}, and the record its data is read into; see
 * docs/asyncapi/gateway.yaml.
 */
public final class GatewayEvents {

    public static final String TOPIC = "onestop.gateway.v1";

    public static final String ACCOUNT = "account";

    /** A business user closed their account: every service erases or anonymises what it holds about them. */
    public static final EventType ACCOUNT_CLOSED = EventType.of("gateway", ACCOUNT, "closed");

    private static final Map<String, Class<?>> DATA = new LinkedHashMap<>();

    static {
        DATA.put(ACCOUNT_CLOSED.value(), AccountClosed.class);
    }

    private GatewayEvents() {
    }

    /** Every type name this service publishes, with the record of its data, in catalogue order. */
    public static Map<String, Class<?>> dataRecords() {
        return Collections.unmodifiableMap(DATA);
    }
}
