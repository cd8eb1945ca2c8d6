package onestop.gateway.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.gateway.notification.NotificationRules;
import onestop.gateway.notification.NotificationsConfig;
import onestop.platform.consumer.EventHandler;

/**
 * Keeps the calendar feeds' dates from both services' events, on the same topics as the inbox. Runs in the
 * chassis' transaction with the processed-event mark, so a redelivered event changes nothing; a row changes only
 * for an event at least as new as the one that last wrote it (events of one subject may arrive out of order across
 * partitions and topics), and its SEQUENCE grows whenever its date moves.
 */
@ApplicationScoped
public class CalendarProjection implements EventHandler {

    private static final String PUT = """
            insert into calendar_entry (uid, audience, subject_id, kind, summary, description, link, starts_at, on_day,
                removed, occurred_at, sequence, updated_at)
            values (:uid, :audience, :subject, :kind, :summary, cast(:description as text), cast(:link as text),
                cast(:startsAt as timestamptz), cast(:onDay as date), false,
                :occurredAt, 0, now())
            on conflict (uid) do update set summary = excluded.summary, description = excluded.description,
                link = excluded.link, starts_at = excluded.starts_at, on_day = excluded.on_day, removed = false,
                occurred_at = excluded.occurred_at, updated_at = now(),
                sequence = calendar_entry.sequence + case when calendar_entry.starts_at is not distinct from
                    excluded.starts_at and calendar_entry.on_day is not distinct from excluded.on_day
                    and not calendar_entry.removed then 0 else 1 end
            where calendar_entry.occurred_at <= excluded.occurred_at
            """;
    private static final String MOVE = """
            update calendar_entry set starts_at = cast(:startsAt as timestamptz), on_day = cast(:onDay as date),
                occurred_at = :occurredAt, updated_at = now(), sequence = sequence + 1
            where subject_id = :subject and kind = :kind and not removed and occurred_at <= :occurredAt
                and (starts_at is distinct from cast(:startsAt as timestamptz)
                    or on_day is distinct from cast(:onDay as date))
            """;
    // a tombstone row even where there was none, so that an older event arriving later cannot put it back
    private static final String REMOVE_ONE = """
            insert into calendar_entry (uid, audience, subject_id, kind, summary, removed, on_day, occurred_at,
                sequence, updated_at)
            values (:uid, :audience, :subject, :kind, '', true, current_date, :occurredAt, 0, now())
            on conflict (uid) do update set removed = true, occurred_at = excluded.occurred_at, updated_at = now(),
                sequence = calendar_entry.sequence + 1
            where calendar_entry.occurred_at <= excluded.occurred_at
            """;
    private static final String REMOVE_ALL = """
            update calendar_entry set removed = true, occurred_at = :occurredAt, updated_at = now(),
                sequence = sequence + 1
            where subject_id = :subject and kind = :kind and not removed and occurred_at <= :occurredAt
            """;

    private final CalendarRules rules = new CalendarRules();
    private final ObjectMapper json;
    private final NotificationsConfig config;
    private final EntityManager db;

    CalendarProjection(ObjectMapper json, NotificationsConfig config, EntityManager db) {
        this.json = json;
        this.config = config;
        this.db = db;
    }

    @Override
    public String name() {
        return "gateway-calendar";
    }

    @Override
    public Set<String> topics() {
        return config.topics();
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        Class<?> record = NotificationRules.dataRecordOf(event.getType());
        if (record == null || event.getData() == null) {
            return;
        }
        Instant at = event.getTime() == null ? Instant.now() : event.getTime().toInstant();
        List<CalendarChange> changes = rules.changesFor(event.getType(),
                json.readValue(event.getData().toBytes(), record), at);
        for (CalendarChange change : changes) {
            apply(change, at);
        }
    }

    void apply(CalendarChange change, Instant at) {
        String sql = switch (change.op()) {
            case PUT -> PUT;
            case MOVE -> MOVE;
            case REMOVE -> change.audience() == null ? REMOVE_ALL : REMOVE_ONE;
        };
        NativeQuery<?> query = db.createNativeQuery(sql).unwrap(NativeQuery.class);
        query.setParameter("subject", change.subjectId()).setParameter("kind", change.kind())
                .setParameter("occurredAt", at, StandardBasicTypes.INSTANT);
        if (change.audience() != null) {
            query.setParameter("uid", uid(change.audience(), change.subjectId(), change.kind()))
                    .setParameter("audience", change.audience());
        }
        if (change.op() == CalendarChange.Op.PUT) {
            query.setParameter("summary", change.summary())
                    .setParameter("description", change.description(), StandardBasicTypes.STRING)
                    .setParameter("link", change.link(), StandardBasicTypes.STRING);
        }
        if (change.op() != CalendarChange.Op.REMOVE) {
            // typed, so that a null binds as a null time or date
            query.setParameter("startsAt", change.startsAt(), StandardBasicTypes.INSTANT)
                    .setParameter("onDay", change.day(), StandardBasicTypes.LOCAL_DATE);
        }
        query.executeUpdate();
    }

    /** The entry's stable id: the same for one date of one subject in one audience's feed, however often it moves. */
    static UUID uid(String audience, UUID subject, String kind) {
        return UUID.nameUUIDFromBytes((audience + "|" + subject + "|" + kind).getBytes(StandardCharsets.UTF_8));
    }
}
