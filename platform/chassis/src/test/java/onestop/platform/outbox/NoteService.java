package onestop.platform.outbox;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.platform.events.EventType;

/** A state change with an event, as a service would make one: the row and its event in one transaction. */
@ApplicationScoped
public class NoteService {

    public static final EventType NOTE_WRITTEN = EventType.of("platformtest", "note", "written");

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional
    public void write(String subject, int sequence) {
        em.createNativeQuery("insert into note (id, subject, sequence) values (?1, ?2, ?3)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, subject).setParameter(3, sequence)
                .executeUpdate();
        outbox.append(NOTE_WRITTEN, "note", subject, Map.of("subject", subject, "sequence", sequence));
    }

    @Transactional
    public void writeThenFail(String subject) {
        write(subject, -1);
        throw new IllegalStateException("the change is refused after the event was appended");
    }
}
