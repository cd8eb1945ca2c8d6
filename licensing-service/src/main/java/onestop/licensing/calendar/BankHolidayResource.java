package onestop.licensing.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.BankHolidayCalendarView;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/**
 * The bank holiday calendar, for administrators: what it is, and a new GOV.UK {@code bank-holidays.json}. The
 * body is read here rather than bound, so that a file that is not JSON is a 400 naming {@code body}, like any
 * other fault of the file.
 */
@Path("/api/licensing/admin/bank-holidays")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BankHolidayResource {

    @Inject
    BankHolidayUploads uploads;

    @Inject
    Caller caller;

    @GET
    public BankHolidayCalendarView get() {
        return uploads.current(false);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public BankHolidayCalendarView upload(String document) {
        uploads.upload(document, caller.subject());
        return uploads.current(true);
    }
}
