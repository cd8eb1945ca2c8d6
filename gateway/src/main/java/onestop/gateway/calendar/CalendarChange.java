package onestop.gateway.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one event does to the calendar projection: put a date in one audience's feed ({@link Op#PUT}), move a date
 * wherever it already is ({@link Op#MOVE}, e.g. a notice's new closing time in every feed holding it), or take it out
 * ({@link Op#REMOVE}; {@code audience} null: out of every feed). A date is timed ({@code startsAt}) or all day
 * ({@code day}).
 *
 * @param audience {@code business:<id>}, {@code officers} or {@code buyers:<organisation>}; null for every one
 */
public record CalendarChange(Op op, String audience, UUID subjectId, String kind, String summary, String description,
        String link, Instant startsAt, LocalDate day) {

    public enum Op {
        PUT, MOVE, REMOVE
    }

    public static final String OFFICERS = "officers";

    public static String business(UUID businessId) {
        return "business:" + businessId;
    }

    public static String buyers(String organisation) {
        return "buyers:" + organisation;
    }

    static CalendarChange remove(String audience, UUID subjectId, String kind) {
        return new CalendarChange(Op.REMOVE, audience, subjectId, kind, null, null, null, null, null);
    }
}
