package onestop.gateway.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import onestop.platform.problem.Problem;

/**
 * What the caller is told when a service could not answer: never a hang, never a stack trace. A service that is
 * down, too slow or has too many requests waiting is 503 with {@code Retry-After} (the caller may try again; the
 * gateway holds no request longer than its response timeout), a service that broke off its answer 502.
 */
final class UpstreamFailure {

    /** Seconds a caller is asked to wait before trying again after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    private UpstreamFailure() {
    }

    static Problem problemFor(Upstream upstream, Throwable failure) {
        if (failure instanceof TimeoutException) {
            return Problem.of("upstream-timeout", "Service too slow", 503,
                    "The " + upstream.name() + " service did not answer in time. Try again later.");
        }
        if (failure instanceof ConnectionPoolTooBusyException) {
            return Problem.of("upstream-busy", "Service busy", 503,
                    "Too many requests are waiting for the " + upstream.name() + " service. Try again later.");
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
            return Problem.of("upstream-unavailable", "Service unavailable", 503,
                    "The " + upstream.name() + " service is not reachable at the moment. Try again later.");
        }
        return Problem.of("upstream-failed", "Bad gateway", 502,
                "The " + upstream.name() + " service broke off its answer. Try again later.");
    }
}
