package onestop.gateway.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes an iCalendar object (RFC 5545) by hand: CRLF line ends, content lines folded at 75 octets without
 * splitting a UTF-8 sequence, TEXT values escaped, times in UTC, all-day dates as {@code VALUE=DATE}. Every event
 * carries a UID that stays the same while its date moves, and a SEQUENCE that grows with each move, so that a
 * calendar application updates the event it already shows instead of adding another.
 */
public final class IcsWriter {

    static final String PRODID = "-//Birmingham City Council//OneStop//EN";
    private static final int MAX_OCTETS = 75;
    private static final String COUNCIL_ZONE = "Europe/London";
    /** Europe/London since 1996: BST from 01:00 UTC on the last Sunday of March to the last Sunday of October. */
    private static final List<String> LONDON = List.of("BEGIN:VTIMEZONE", "TZID:" + COUNCIL_ZONE,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** One event: timed ({@code startsAt}, lasting {@code duration}) or all day ({@code day}). */
    public record Event(String uid, int sequence, Instant lastModified, Instant startsAt, Duration duration,
            LocalDate day, String summary, String description, String url) {
    }

    private final StringBuilder out = new StringBuilder();

    private IcsWriter() {
    }

    /** The whole calendar {@code name} with {@code events}, stamped {@code now}. */
    public static String write(String name, Instant now, List<Event> events) {
        IcsWriter writer = new IcsWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:" + PRODID);
        writer.line("CALSCALE:GREGORIAN");
        // no METHOD: that would make it an iTIP message (RFC 5546), whose PUBLISH wants an ORGANIZER per event
        writer.line("X-WR-CALNAME:" + text(name));
        // a hint to clients that poll: the dates change as officers and buyers act
        writer.line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        writer.line("X-PUBLISHED-TTL:PT1H");
        writer.line("X-WR-TIMEZONE:" + COUNCIL_ZONE);
        // the council's zone: every calendar holds at least one component (RFC 5545 3.6), even one with no dates yet
        for (String line : LONDON) {
            writer.line(line);
        }
        for (Event event : events) {
            writer.event(event, now);
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    private void event(Event event, Instant now) {
        line("BEGIN:VEVENT");
        line("UID:" + event.uid());
        line("DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
        if (event.day() != null) {
            line("DTSTART;VALUE=DATE:" + DATE.format(event.day()));
            line("DTEND;VALUE=DATE:" + DATE.format(event.day().plusDays(1)));
            line("TRANSP:TRANSPARENT");
        } else {
            line("DTSTART:" + UTC.format(event.startsAt().truncatedTo(ChronoUnit.SECONDS)));
            line("DURATION:" + event.duration().truncatedTo(ChronoUnit.SECONDS));
        }
        line("SEQUENCE:" + event.sequence());
        if (event.lastModified() != null) {
            line("LAST-MODIFIED:" + UTC.format(event.lastModified().truncatedTo(ChronoUnit.SECONDS)));
        }
        line("SUMMARY:" + text(event.summary()));
        if (event.description() != null && !event.description().isEmpty()) {
            line("DESCRIPTION:" + text(event.description()));
        }
        if (event.url() != null) {
            line("URL:" + event.url());
        }
        line("END:VEVENT");
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    // CRLF and a lone CR both become one \n
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> {
                    // other control characters are not allowed in TEXT (RFC 5545 3.3.11, CONTROL)
                    if (c >= 0x20 && c != 0x7f || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** One content line, folded (RFC 5545 3.1): at most 75 octets a line, continuations start with a space. */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
