package onestop.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * An outbox row as the relay reads it ({@code id, event_id, topic, event_type, source, aggregate_type,
 * aggregate_id, payload, request_id, traceparent, tracestate, created_at}) turned into the CloudEvent it
 * publishes: JSON data, subject {@code <aggregate type>/<aggregate id>}, the request id and trace context
 * as extensions.
 */
final class OutboxRows {

    private OutboxRows() {
    }

    static CloudEvent toCloudEvent(Object[] row) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(((UUID) row[1]).toString())
                .withType((String) row[3])
                .withSource(URI.create((String) row[4]))
                .withSubject(row[5] + "/" + row[6])
                .withTime(toOffsetDateTime(row[11]))
                .withDataContentType("application/json")
                .withData(((String) row[7]).getBytes(StandardCharsets.UTF_8))
                .withExtension("partitionkey", (String) row[6]);
        extension(builder, "requestid", row[8]);
        extension(builder, "traceparent", row[9]);
        extension(builder, "tracestate", row[10]);
        return builder.build();
    }

    private static void extension(CloudEventBuilder builder, String name, Object value) {
        if (value != null) {
            builder.withExtension(name, value.toString());
        }
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
