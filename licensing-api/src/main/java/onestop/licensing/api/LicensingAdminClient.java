package onestop.licensing.api;

import java.time.LocalDate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The licensing routes only an administrator calls (docs/api.md): the bank holiday calendar working days are
 * counted by, and the log of officers' reads of personal data. {@code authorization} is an admin's
 * {@code Bearer} token.
 */
@Path("/api/licensing")
public interface LicensingAdminClient {

    @GET
    @Path("/admin/bank-holidays")
    @Produces(MediaType.APPLICATION_JSON)
    BankHolidayCalendarView bankHolidays(@HeaderParam("Authorization") String authorization);

    /** A new calendar, in GOV.UK's bank-holidays.json format; 400 naming every field at fault. */
    @PUT
    @Path("/admin/bank-holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    BankHolidayCalendarView uploadBankHolidays(@HeaderParam("Authorization") String authorization, String calendar);

    /** The reads of applicants' personal data from {@code from} to {@code to} (null: the API's defaults), as CSV. */
    @GET
    @Path("/audit/personal-data-reads")
    @Produces("text/csv")
    String personalDataReads(@HeaderParam("Authorization") String authorization, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);
}
