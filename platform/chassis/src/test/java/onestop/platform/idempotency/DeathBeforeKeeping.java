package onestop.platform.idempotency;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Test only: a request carrying {@link #HEADER} behaves as if its process died once the route returned, before the
 * answer was kept or the key released. Response filters run highest priority first, so this runs before
 * {@link IdempotencyKeys#keep}, and takes the claim away from it: the key's row stays as the dead process left it.
 */
public class DeathBeforeKeeping {

    public static final String HEADER = "X-Test-Die-Before-Keeping";

    @ServerResponseFilter(priority = Priorities.USER + 1000)
    public void die(ContainerRequestContext request) {
        if (request.getHeaderString(HEADER) != null) {
            request.removeProperty(IdempotencyKeys.class.getName() + ".claim");
        }
    }
}
