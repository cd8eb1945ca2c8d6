package onestop.opportunities.api;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The licensing insight routes (docs/api.md, "Insight: licensing performance") as a REST Client interface, beside
 * {@link OpportunitiesClient}: the staff figures and their public counterpart, as JSON or CSV. {@code from} and
 * {@code to} may be null (the last twelve months); {@code authorization} is a staff {@code Bearer} token, or null
 * for the public routes.
 */
@Path("/api/opportunities/insight")
public interface LicensingInsightClient {

    /** Staff (licensing officers, administrators): every figure. */
    @GET
    @Path("/licensing")
    @Produces(MediaType.APPLICATION_JSON)
    LicensingInsight licensing(@HeaderParam("Authorization") String authorization, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);

    /** Staff: the same figures as CSV. */
    @GET
    @Path("/licensing.csv")
    @Produces("text/csv")
    String licensingCsv(@HeaderParam("Authorization") String authorization, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to);

    /** Anyone: the figures that may be public. */
    @GET
    @Path("/licensing/public")
    @Produces(MediaType.APPLICATION_JSON)
    LicensingInsight publicLicensing(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    /** Anyone: the public figures as CSV. */
    @GET
    @Path("/licensing/public.csv")
    @Produces("text/csv")
    String publicLicensingCsv(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);
}
