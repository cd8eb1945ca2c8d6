package onestop.licensing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bank holiday calendar working days are counted by: {@code source} {@code upload} (an administrator's, the
 * newest) or {@code shipped} (the file in the service), the whole years it covers, its England and Wales days,
 * and a {@code warning} once its coverage ends within six months (null otherwise).
 */
public record BankHolidayCalendarView(String source, Instant uploadedAt, String uploadedBy, LocalDate coversFrom,
        LocalDate coverageEndsOn, List<LocalDate> englandAndWales, String warning) {
}
