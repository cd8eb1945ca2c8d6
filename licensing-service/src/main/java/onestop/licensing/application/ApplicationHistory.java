package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.ApplicationEvent;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.LicensingEvents;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.outbox.Outbox;

/**
 * Records a transition twice, in the transaction that made it: on the timeline the applicant reads, and as
 * events for other services ({@code status-changed} always, and the specific event where there is one).
 */
@ApplicationScoped
public class ApplicationHistory {

    @Inject
    Clock clock;

    @Inject
    Timeline timeline;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Application application, Transition transition, Actor actor, String message) {
        record(application, transition, actor, message, null);
    }

    /** A transition that followed {@code hearing} (when not null): its events say when and where it was held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Application application, Transition transition, Actor actor, String message, Hearing hearing) {
        Instant now = Instant.now(clock);
        timeline.transition(application.id, actor, transition.from(), transition.to(), message);
        ApplicationEvent plain = application.event(transition.from(), message, now);
        ApplicationEvent event = hearing == null ? plain : plain.withHearing(hearing.startsAt, hearing.place);
        outbox.append(LicensingEvents.APPLICATION_STATUS_CHANGED, LicensingEvents.APPLICATION, application.id, event);
        switch (transition.to()) {
            case SUBMITTED -> {
                if (transition.from() == ApplicationStatus.DRAFT) {
                    outbox.append(LicensingEvents.APPLICATION_SUBMITTED, LicensingEvents.APPLICATION, application.id,
                            event);
                }
            }
            case INFORMATION_REQUESTED -> outbox.append(LicensingEvents.APPLICATION_INFORMATION_REQUESTED,
                    LicensingEvents.APPLICATION, application.id, event);
            case GRANTED, REFUSED -> outbox.append(LicensingEvents.APPLICATION_DECIDED, LicensingEvents.APPLICATION,
                    application.id, event);
            default -> {
            }
        }
    }
}
