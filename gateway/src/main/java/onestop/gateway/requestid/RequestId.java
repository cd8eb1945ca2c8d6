package onestop.gateway.requestid;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.vertx.ext.web.RoutingContext;
import onestop.platform.requestid.RequestIds;

/**
 * The id that follows one request through the gateway, the services, their logs and their events.
 * Same header, MDC key and rules as the chassis' {@link RequestIds}, applied at the Vert.x level so
 * that proxied requests get one too.
 */
public final class RequestId {

    public static final String HEADER = RequestIds.HEADER;
    public static final String MDC_KEY = RequestIds.MDC_KEY;
    static final String CONTEXT_KEY = "onestop.requestId";

    private RequestId() {
    }

    /** The caller's id when it is sane (at most 128 of {@code [A-Za-z0-9._-]}), otherwise a new random UUID. */
    public static String acceptOrCreate(String offered) {
        return RequestIds.isSane(offered) ? offered : newId();
    }

    // A request id ties log lines and events together; it is neither a secret nor a token, so it is drawn from
    // the thread's fast generator, not SecureRandom (which took about 3 % of the gateway's time on a proxied request).
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;                     // version 4
        long low = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | Long.MIN_VALUE; // the RFC 4122 variant
        return new UUID(high, low).toString();
    }

    /** The id given to this request by {@link RequestIdRoute}. */
    public static String of(RoutingContext context) {
        String id = context.get(CONTEXT_KEY);
        return id != null ? id : acceptOrCreate(context.request().getHeader(HEADER));
    }
}
