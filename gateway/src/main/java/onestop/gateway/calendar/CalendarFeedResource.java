package onestop.gateway.calendar;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.platform.problem.NotFound;

/**
 * The calendar feeds themselves, public: a calendar application subscribing to the address has no other
 * credential, so the unguessable token in the path is the credential (see {@link CalendarFeeds}).
 */
@Path("/calendar")
@Tag(name = "Me")
public class CalendarFeedResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    private final CalendarFeeds feeds;

    CalendarFeedResource(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{token}.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "getCalendarFeed",
            summary = "A private calendar feed (RFC 5545), by the address GET /api/me/calendar gave; 404 once reset")
    public RestResponse<String> feed(@PathParam("token") String token) {
        String ics = feeds.feed(CalendarFeeds.wellFormed(token)
                .orElseThrow(() -> new NotFound("There is no calendar at this address.")));
        // private to whoever holds the address; calendar applications poll it
        return RestResponse.ResponseBuilder.ok(ics, TEXT_CALENDAR).header("Cache-Control", "private, no-cache")
                .header("Referrer-Policy", "no-referrer").build();
    }
}
