package onestop.opportunities.api;

import java.time.LocalDate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The opportunities routes only an administrator calls (docs/api.md): loading OCDS releases as notices, and the
 * log of reads of suppliers' responses. {@code authorization} is an admin's {@code Bearer} token.
 */
@Path("/api/opportunities")
public interface OpportunitiesAdminClient {

    /** OCDS releases as JSON lines, merged by {@code ocid}; those refused are named with why. */
    @POST
    @Path("/admin/import")
    @Consumes("application/x-ndjson")
    @Produces(MediaType.APPLICATION_JSON)
    ImportOutcome importReleases(@HeaderParam("Authorization") String authorization, String jsonLines);

    /** The reads of suppliers' responses from {@code from} to {@code to} (null: the API's defaults), as CSV. */
    @GET
    @Path("/audit/personal-data-reads")
    @Produces("text/csv")
    String personalDataReads(@HeaderParam("Authorization") String authorization, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);
}
