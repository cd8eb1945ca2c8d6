package onestop.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.vertx.core.http.HttpServerRequest;
import onestop.platform.csv.Csv;
import onestop.platform.security.Caller;

/**
 * The log of staff reads of someone's personal data (UK GDPR art. 5(2) and 32: the council must be able to show
 * who looked at whose data). A service calls {@link #record} where a member of staff reads another party's record
 * (an officer an application, a buyer a response), in the request that reads it; the caller, their role, the
 * route and the time come from the request. A party reading its own record is not logged: the call sites record
 * only on the staff path. {@link #csv} is the export the service's admin route answers.
 */
@ApplicationScoped
public class PersonalDataReads {

    /** The days of the export are the council's: a read at 00:30 on a summer's day is on that day, not the one before. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    static final String HEADER = Csv.line("readAt", "readerId", "readerRole", "kind", "id", "route");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    HttpServerRequest request;

    @Inject
    Clock clock;

    /** Logs that the caller read {@code kind} {@code id} in this request. */
    @Transactional
    public void record(String kind, UUID id) {
        em.createNativeQuery("""
                insert into personal_data_read (read_at, reader_id, reader_role, subject_kind, subject_id, route)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, Instant.now(clock))
                .setParameter(2, caller.isSignedIn() ? caller.subject() : "anonymous")
                .setParameter(3, caller.role())
                .setParameter(4, kind)
                .setParameter(5, id)
                .setParameter(6, request.method().name() + " " + request.path())
                .executeUpdate();
    }

    /** Every read from the start of {@code from} to the end of {@code to} (London days), oldest first, as CSV. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select read_at, reader_id, reader_role, subject_kind, subject_id, route from personal_data_read
                where read_at >= ?1 and read_at < ?2 order by read_at, id""")
                .setParameter(1, from.atStartOfDay(ZONE).toInstant())
                .setParameter(2, to.plusDays(1).atStartOfDay(ZONE).toInstant())
                .getResultList();
        StringBuilder csv = new StringBuilder(HEADER);
        for (Object[] row : rows) {
            csv.append(Csv.line(instant(row[0]), row[1], row[2], row[3], row[4], row[5]));
        }
        return csv.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
