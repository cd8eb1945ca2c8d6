package onestop.opportunities.licences;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.platform.consumer.EventHandler;

/**
 * Keeps, per business, the licences the licensing service says it holds, from the licence events on
 * {@code onestop.licensing.v1} (data: {@code LicenceEvent} of docs/asyncapi/licensing.yaml: licenceId,
 * licenceNumber, businessId, licenceTypeCode, status, expiresAt). Events of one licence arrive in order
 * (keyed by licence id); each is applied once (the chassis records its id in the same transaction).
 */
@ApplicationScoped
public class LicenceProjection implements EventHandler {

    static final String TOPIC = "onestop.licensing.v1";
    private static final String PREFIX = "onestop.licensing.licence.";
    private static final Logger LOG = Logger.getLogger(LicenceProjection.class);

    /** The status a licence has after each event. */
    private static final Map<String, String> STATUS_AFTER = Map.of(
            "issued", HeldLicence.ACTIVE,
            "reinstated", HeldLicence.ACTIVE,
            "suspended", "SUSPENDED",
            "revoked", "REVOKED",
            "surrendered", "SURRENDERED",
            "expired", "EXPIRED");

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "opportunities-licence-projection";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        String type = event.getType();
        if (!type.startsWith(PREFIX) || event.getData() == null) {
            return;
        }
        JsonNode data = json.readTree(event.getData().toBytes());
        // the licence's status as the event states it; failing that, what the verb implies
        String status = data.hasNonNull("status") ? data.path("status").asText()
                : STATUS_AFTER.get(type.substring(PREFIX.length()));
        if (status == null) {
            return;
        }
        UUID licenceId = UUID.fromString(data.path("licenceId").asText());
        HeldLicence licence = HeldLicence.findById(licenceId);
        if (licence == null) {
            if (!data.hasNonNull("businessId") || !data.hasNonNull("licenceTypeCode")) {
                LOG.warnf("Licence event %s (%s) names no business or type for an unknown licence; ignored",
                        event.getId(), type);
                return;
            }
            licence = new HeldLicence();
            licence.licenceId = licenceId;
        }
        if (data.hasNonNull("businessId")) {
            licence.businessId = UUID.fromString(data.path("businessId").asText());
        }
        if (data.hasNonNull("licenceTypeCode")) {
            licence.licenceTypeCode = data.path("licenceTypeCode").asText();
        }
        if (data.hasNonNull("licenceNumber")) {
            licence.number = data.path("licenceNumber").asText();
        } else if (data.hasNonNull("number")) {
            licence.number = data.path("number").asText();
        }
        if (data.hasNonNull("expiresAt")) {
            licence.expiresAt = instant(data.path("expiresAt").asText());
        }
        licence.status = status;
        licence.updatedAt = Instant.now(clock);
        licence.persist();
    }

    /** An ISO-8601 time, or a date (the licence runs to the start of that day, UTC). */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
    }
}
