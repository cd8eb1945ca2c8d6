package onestop.opportunities.api;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The procurement insight and spend data routes (docs/api.md, "Insight" and "Spend data") as a REST Client
 * interface: the figures (public: each is an aggregate of data published anyway), their CSVs, and a buyer's spend
 * uploads. {@code authorization} is a {@code Bearer} token, or null for a public route; {@code buyer}, {@code from}
 * and {@code to} (quarters, {@code 2026-Q1}) may be null.
 */
@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
public interface ProcurementInsightClient {

    @GET
    @Path("/insight/awards")
    InsightTable awards(@QueryParam("by") String by, @QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/insight/spend")
    InsightTable spend(@QueryParam("by") String by, @QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/insight/payments-compliance")
    List<PaymentsCompliance> paymentsCompliance(@QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to);

    @GET
    @Path("/insight/social-value")
    List<SocialValueFigure> socialValue(@QueryParam("by") String by, @QueryParam("buyer") String buyer);

    /** The calling buyer's uploads (an admin: every buyer's), newest quarter first. */
    @GET
    @Path("/spend/uploads")
    List<SpendUploadView> spendUploads(@HeaderParam("Authorization") String authorization);

    /** Loads the calling buyer's payments of a quarter from CSV in the template, replacing any earlier upload. */
    @PUT
    @Path("/spend/uploads/{quarter}")
    @Consumes("text/csv")
    SpendUploadView uploadSpend(@HeaderParam("Authorization") String authorization,
            @PathParam("quarter") String quarter, String csv);
}
