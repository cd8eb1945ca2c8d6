package onestop.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.RoutingContext;
import onestop.gateway.requestid.RequestId;
import onestop.platform.problem.Problem;

/** Answers a Vert.x route with an RFC 9457 problem document, as the JAX-RS side of the gateway does. */
@ApplicationScoped
public class ProblemWriter {

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(RoutingContext context, Problem problem) {
        Problem located = problem.at(context.request().path(), RequestId.of(context));
        String body;
        try {
            body = json.writeValueAsString(located);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document must always serialise", e);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body);
    }
}
