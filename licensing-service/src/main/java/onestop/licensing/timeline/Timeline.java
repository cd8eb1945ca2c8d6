package onestop.licensing.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Writes an application's history, in the transaction of the change it records. */
@ApplicationScoped
public class Timeline {

    @Inject
    Clock clock;

    /** A change of state, {@code from} → {@code to}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void transition(UUID applicationId, Actor actor, Object from, Object to, String message) {
        TimelineEntry entry = new TimelineEntry();
        entry.applicationId = applicationId;
        entry.at = Instant.now(clock);
        entry.actorRole = actor.role();
        entry.actorId = actor.id();
        entry.fromStatus = from == null ? null : from.toString();
        entry.toStatus = to == null ? null : to.toString();
        entry.message = message;
        entry.persist();
    }

    /** Something that happened without a change of state, such as an upload or an assignment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(UUID applicationId, Actor actor, String message) {
        transition(applicationId, actor, null, null, message);
    }
}
