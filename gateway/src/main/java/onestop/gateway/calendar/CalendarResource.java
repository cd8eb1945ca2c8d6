package onestop.gateway.calendar;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import onestop.gateway.api.CalendarFeed;
import onestop.gateway.me.SignedInUser;

/** The signed-in person's private calendar feed address, and its reset. */
@Path("/api/me/calendar")
@Tag(name = "Me")
@Authenticated
public class CalendarResource {

    private final CalendarFeeds feeds;
    private final SignedInUser user;

    CalendarResource(CalendarFeeds feeds, SignedInUser user) {
        this.feeds = feeds;
        this.user = user;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The address of the caller's private calendar feed (iCalendar) of their deadlines: "
            + "closing times, consultation ends, hearings, licence expiries and renewals, standstill ends; for "
            + "licensing officers the decision due dates of the queue. Made on first asking; needs no other credential")
    public CalendarFeed calendar() {
        return new CalendarFeed(feeds.urlOf(user.id()));
    }

    @POST
    @Path("/reset")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A new address for the caller's calendar feed: the old address answers 404 from now on")
    public CalendarFeed reset() {
        return new CalendarFeed(feeds.reset(user.id()));
    }
}
