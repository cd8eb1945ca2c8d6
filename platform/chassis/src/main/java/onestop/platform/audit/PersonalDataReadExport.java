package onestop.platform.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.web.QueryParams;

/**
 * The answer of a service's {@code GET /api/<service>/audit/personal-data-reads}: the log of {@link PersonalDataReads}
 * between two dates as a CSV download. {@code from} and {@code to} are days (inclusive, London time); without
 * {@code to} it is today, without {@code from} the 30 days up to {@code to}.
 */
@ApplicationScoped
public class PersonalDataReadExport {

    static final int DEFAULT_DAYS = 30;

    @Inject
    PersonalDataReads reads;

    @Inject
    Clock clock;

    public Response csv(String fromParam, String toParam, String fileName) {
        LocalDate to = date(toParam, "to");
        if (to == null) {
            to = LocalDate.now(clock.withZone(PersonalDataReads.ZONE));
        }
        LocalDate from = date(fromParam, "from");
        if (from == null) {
            from = to.minusDays(DEFAULT_DAYS - 1L);
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from must not be after to.",
                    List.of(new Problem.FieldError("from", FieldCodes.OUT_OF_RANGE, "must not be after to")));
        }
        return Response.ok(reads.csv(from, to), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "-" + from + "-to-" + to + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static LocalDate date(String value, String field) {
        String text = QueryParams.text(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field + " must be a date like 2026-12-31.",
                    List.of(new Problem.FieldError(field, FieldCodes.NOT_A_DATE, "must be a date like 2026-12-31")));
        }
    }
}
