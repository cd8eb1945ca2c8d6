package onestop.platform.time;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Moves a movable clock ({@code ONESTOP_CLOCK_MOVABLE=true}) from outside, on the management port only, never the
 * public one: {@code GET /q/clock} says what time the process thinks it is; {@code POST /q/clock} with
 * {@code {"at": "2027-01-04T09:00:00Z"}} sets it, with {@code {}} puts it back to the real time. Without a movable
 * clock the route does not exist.
 */
@ApplicationScoped
public class ClockControl {

    static final String PATH = "/q/clock";

    void routes(@Observes ManagementInterface management, Clock clock) {
        if (!(clock instanceof MovableClock movable)) {
            return;
        }
        management.router().get(PATH).handler(context -> now(context, movable));
        management.router().post(PATH).handler(BodyHandler.create().setBodyLimit(1024)).handler(context -> {
            JsonObject body;
            try {
                body = context.body().isEmpty() ? new JsonObject() : context.body().asJsonObject();
                String at = body.getString("at");
                if (at == null) {
                    movable.reset();
                } else {
                    movable.set(Instant.parse(at));
                }
            } catch (RuntimeException e) {
                context.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject().put("title", "Bad clock request").put("status", 400)
                                .put("detail", "Send {\"at\": an ISO-8601 instant}, or {} for the real time.")
                                .encode());
                return;
            }
            now(context, movable);
        });
    }

    private static void now(RoutingContext context, Clock clock) {
        context.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("now", clock.instant().toString()).encode());
    }
}
