package onestop.licensing.api;

import java.time.Instant;
import java.util.List;

/**
 * What a given temporary event notice (Licensing Act 2003 Part 5) adds to its application: the event period,
 * whether it was late, until when the police and environmental health may object, their objections, and
 * what came of them: a hearing (a standard notice) or a counter notice (a late one, s.104A).
 */
public record TemporaryEventView(Instant eventStart, Instant eventEnd, boolean late, Instant objectionsUntil,
        List<ObjectionView> objections, boolean hearingRequired, boolean counterNotice) {
}
