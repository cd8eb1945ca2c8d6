package onestop.gateway.routing;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import onestop.platform.problem.Problem;

/** What the caller is told when a service could not answer: never a hang, never a stack trace. */
final class UpstreamFailure {

    private UpstreamFailure() {
    }

    static Problem problemFor(Upstream upstream, Throwable failure) {
        if (failure instanceof TimeoutException) {
            return Problem.of("upstream-timeout", "Service too slow", 504,
                    "The " + upstream.name() + " service did not answer in time. Try again later.");
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException) {
            return Problem.of("upstream-unavailable", "Service unavailable", 503,
                    "The " + upstream.name() + " service is not reachable at the moment. Try again later.");
        }
        return Problem.of("upstream-failed", "Bad gateway", 502,
                "The " + upstream.name() + " service broke off its answer. Try again later.");
    }
}
