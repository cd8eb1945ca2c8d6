package onestop.licensing.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import onestop.platform.problem.ProblemException;
import onestop.platform.time.WorkingDayCalendar;

/**
 * The bank holidays this service counts working days by: the newest administrator's upload (V17), else the file
 * shipped at {@code bank-holidays/bank-holidays.json}. Every replica reads the newest upload again at most
 * {@code licensing.calendar.refresh} after it was made (and the replica that took it at once), so all of them
 * count the same days. A day asked beyond the coverage is counted by the statutory rules and counted in the metric
 * {@code licensing.calendar.beyond.coverage}; {@code licensing.calendar.coverage.days} is the days left to the
 * coverage's end.
 */
@ApplicationScoped
public class BankHolidayCalendar implements WorkingDayCalendar.Holidays {

    static final String SHIPPED = "bank-holidays/bank-holidays.json";
    private static final Logger LOG = Logger.getLogger(BankHolidayCalendar.class);

    /** The calendar in use: which upload it came from (0: the shipped file), read when. */
    record Current(long uploadId, PublishedHolidays holidays, Instant uploadedAt, String uploadedBy, long readAtNanos) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "licensing.calendar.refresh", defaultValue = "60s")
    Duration refresh;

    private volatile Current current;
    private PublishedHolidays shipped;
    private Counter beyondCoverage;

    void start(@Observes StartupEvent started) {
        beyondCoverage = metrics.counter("licensing.calendar.beyond.coverage");
        metrics.gauge("licensing.calendar.coverage.days", this,
                calendar -> ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(WorkingDayCalendar.COUNCIL_ZONE)),
                        calendar.current().holidays().coverageEndsOn()));
    }

    @Override
    public boolean isBankHoliday(LocalDate day) {
        PublishedHolidays holidays = current().holidays();
        if (!holidays.covers(day) && beyondCoverage != null) {
            beyondCoverage.increment();
        }
        return holidays.isBankHoliday(day);
    }

    /** The calendar in use, read again from the database when it is older than the refresh interval. */
    Current current() {
        Current known = current;
        if (known == null || System.nanoTime() - known.readAtNanos() > refresh.toNanos()) {
            known = reload();
        }
        return known;
    }

    /** Reads the newest upload now (after an upload, so the replica that took it uses it at once). */
    synchronized Current reload() {
        Current known = current;
        String sql = "select id, uploaded_at, uploaded_by, document::text from bank_holiday_upload"
                + " where id > ? order by id desc limit 1";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement newest = connection.prepareStatement(sql)) {
            newest.setLong(1, known == null ? 0 : known.uploadId());
            try (ResultSet row = newest.executeQuery()) {
                if (row.next()) {
                    known = new Current(row.getLong(1), readStored(row.getLong(1), row.getString(4), known),
                            row.getTimestamp(2).toInstant(), row.getString(3), System.nanoTime());
                } else if (known == null) {
                    known = new Current(0, shipped(), null, null, System.nanoTime());
                } else {
                    known = new Current(known.uploadId(), known.holidays(), known.uploadedAt(), known.uploadedBy(),
                            System.nanoTime());
                }
            }
        } catch (SQLException e) {
            // the database is away: count by what was read before (or the shipped file), and ask again after the
            // refresh interval rather than on every day counted
            LOG.warnf("Could not read the bank holiday uploads (%s): counting by the calendar read before", e);
            known = known == null ? new Current(0, shipped(), null, null, System.nanoTime())
                    : new Current(known.uploadId(), known.holidays(), known.uploadedAt(), known.uploadedBy(),
                            System.nanoTime());
        }
        current = known;
        return known;
    }

    /**
     * An upload was checked before it was kept, so it reads; should a row be changed by hand into something that
     * does not, working days go on being counted by what was read before (or the shipped file), not refused.
     */
    private PublishedHolidays readStored(long id, String document, Current known) {
        try {
            return BankHolidayFile.read(document, "upload");
        } catch (ProblemException unreadable) {
            LOG.errorf("Bank holiday upload %d does not read (%s): still counting by the calendar read before", id,
                    unreadable.getMessage());
            return known == null ? shipped() : known.holidays();
        }
    }

    /** Forgets what was read, so the next question reads the newest upload (tests that remove uploads). */
    synchronized void forget() {
        current = null;
    }

    private synchronized PublishedHolidays shipped() {
        if (shipped == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("The shipped bank holiday file " + SHIPPED + " is missing");
                }
                shipped = BankHolidayFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "shipped");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shipped;
    }
}
