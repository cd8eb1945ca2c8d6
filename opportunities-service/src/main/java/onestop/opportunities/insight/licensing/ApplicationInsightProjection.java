package onestop.opportunities.insight.licensing;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.licensing.api.ApplicationEvent;
import onestop.licensing.api.LicensingEvents;
import onestop.platform.consumer.EventHandler;

/**
 * Keeps {@code insight_application} from every {@code onestop.licensing.application.*} event on
 * {@code onestop.licensing.v1} (data: {@link ApplicationEvent}, the application's whole state after the change).
 * The chassis applies each event id once, in the transaction of its effect; beyond that the newest
 * {@code occurredAt} wins, so an older event read late (a replay, another partition after a rebalance) changes
 * nothing.
 */
@ApplicationScoped
public class ApplicationInsightProjection implements EventHandler {

    private static final Logger LOG = Logger.getLogger(ApplicationInsightProjection.class);

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "opportunities-insight-applications";
    }

    @Override
    public Set<String> topics() {
        return Set.of(LicensingEvents.TOPIC);
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        if (!ApplicationEvent.class.equals(LicensingEvents.dataRecords().get(event.getType()))
                || event.getData() == null) {
            return;
        }
        ApplicationEvent data = json.readValue(event.getData().toBytes(), ApplicationEvent.class);
        if (data.applicationId() == null || data.status() == null) {
            LOG.warnf("Application event %s (%s) names no application or status; ignored", event.getId(),
                    event.getType());
            return;
        }
        Instant occurred = occurredAt(data, event);
        InsightApplication row = InsightApplication.findById(data.applicationId());
        if (row == null) {
            if (data.licenceTypeCode() == null) {
                LOG.warnf("Application event %s names no licence type for an unknown application; ignored",
                        event.getId());
                return;
            }
            row = new InsightApplication();
            row.applicationId = data.applicationId();
        } else if (occurred.isBefore(row.lastOccurredAt)) {
            return;
        }
        apply(row, data);
        row.lastOccurredAt = occurred;
        row.updatedAt = Instant.now(clock);
        row.persist();
    }

    /** The event states the application's whole state: it replaces the row's, keeping what it leaves out. */
    private static void apply(InsightApplication row, ApplicationEvent data) {
        if (data.licenceTypeCode() != null) {
            row.licenceTypeCode = data.licenceTypeCode();
        }
        row.status = data.status().name();
        row.submittedAt = data.submittedAt();
        row.dueDate = data.dueDate();
        row.decidedAt = data.decidedAt();
        row.outcome = data.outcome() == null ? null : data.outcome().name();
        row.grantedByTacitConsent = Boolean.TRUE.equals(data.grantedByTacitConsent());
        if (data.targetWorkingDays() != null) {
            row.targetWorkingDays = data.targetWorkingDays();
        }
    }

    private static Instant occurredAt(ApplicationEvent data, CloudEvent event) {
        if (data.occurredAt() != null) {
            return data.occurredAt();
        }
        OffsetDateTime time = event.getTime();
        return time != null ? time.toInstant() : Instant.EPOCH;
    }
}
