package onestop.opportunities.insight.awards;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.InsightTable;

/**
 * Awards by supplier size, locality, CPV division or buyer per quarter, as JSON and as CSV. Public: every award
 * is published in its award notice, and the figures only count them.
 */
@Path("/api/opportunities/insight")
public class AwardFiguresResource {

    @Inject
    AwardFigures figures;

    @GET
    @Path("awards")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "insightAwards")
    public InsightTable awards(@QueryParam("by") String by, @QueryParam("buyer") String buyer,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return figures.table(by, buyer, from, to);
    }

    @GET
    @Path("awards.csv")
    @Produces("text/csv")
    @Operation(operationId = "insightAwardsCsv")
    public Response awardsCsv(@QueryParam("by") String by, @QueryParam("buyer") String buyer,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        InsightTable table = figures.table(by, buyer, from, to);
        return InsightCsv.attachment(InsightCsv.of(table), "awards-by-" + table.by() + ".csv");
    }
}
