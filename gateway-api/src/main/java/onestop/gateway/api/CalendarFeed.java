package onestop.gateway.api;

/**
 * The answer of {@code GET /api/me/calendar} and {@code POST /api/me/calendar/reset}: the address of the person's
 * private calendar feed (iCalendar), to subscribe to from a calendar application. Anyone with the address can read
 * the feed, so it is shown only to its owner; resetting it makes the old address answer 404.
 */
public record CalendarFeed(String url) {
}
