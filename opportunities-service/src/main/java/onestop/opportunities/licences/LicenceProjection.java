package onestop.opportunities.licences;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.licensing.api.LicenceEvent;
import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.LicensingEvents;
import onestop.platform.consumer.EventHandler;

/**
 * Keeps, per business, the licences the licensing service says it holds, from the licence events on
 * {@code onestop.licensing.v1} (data: {@link LicenceEvent}). Events of one licence arrive in order (keyed by
 * licence id); each is applied once (the chassis records its id in the same transaction).
 */
@ApplicationScoped
public class LicenceProjection implements EventHandler {

    private static final Logger LOG = Logger.getLogger(LicenceProjection.class);

    /** The status a licence has after each event, should the event not state it. */
    private static final Map<String, LicenceStatus> STATUS_AFTER = Map.of(
            LicensingEvents.LICENCE_ISSUED.value(), LicenceStatus.ACTIVE,
            LicensingEvents.LICENCE_REINSTATED.value(), LicenceStatus.ACTIVE,
            LicensingEvents.LICENCE_SUSPENDED.value(), LicenceStatus.SUSPENDED,
            LicensingEvents.LICENCE_REVOKED.value(), LicenceStatus.REVOKED,
            LicensingEvents.LICENCE_SURRENDERED.value(), LicenceStatus.SURRENDERED,
            LicensingEvents.LICENCE_EXPIRED.value(), LicenceStatus.EXPIRED);

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
        return Set.of(LicensingEvents.TOPIC);
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        if (!LicenceEvent.class.equals(LicensingEvents.dataRecords().get(event.getType())) || event.getData() == null) {
            return;
        }
        LicenceEvent data = json.readValue(event.getData().toBytes(), LicenceEvent.class);
        LicenceStatus status = data.status() != null ? data.status() : STATUS_AFTER.get(event.getType());
        if (status == null || data.licenceId() == null) {
            return;
        }
        HeldLicence licence = HeldLicence.findById(data.licenceId());
        if (licence == null) {
            if (data.businessId() == null || data.licenceTypeCode() == null) {
                LOG.warnf("Licence event %s (%s) names no business or type for an unknown licence; ignored",
                        event.getId(), event.getType());
                return;
            }
            licence = new HeldLicence();
            licence.licenceId = data.licenceId();
        }
        if (data.businessId() != null) {
            licence.businessId = data.businessId();
        }
        if (data.licenceTypeCode() != null) {
            licence.licenceTypeCode = data.licenceTypeCode();
        }
        if (data.licenceNumber() != null) {
            licence.number = data.licenceNumber();
        }
        if (data.expiresAt() != null) {
            licence.expiresAt = data.expiresAt();
        }
        licence.status = status.name();
        licence.updatedAt = Instant.now(clock);
        licence.persist();
    }
}
