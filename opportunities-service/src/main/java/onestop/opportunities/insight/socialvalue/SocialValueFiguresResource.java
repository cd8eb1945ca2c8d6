package onestop.opportunities.insight.socialvalue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.SocialValueFigure;
import onestop.opportunities.insight.awards.InsightCsv;
import onestop.platform.csv.Csv;

/**
 * Social value committed against delivered by theme or by contract: JSON and CSV, public (each contract's social
 * value is public already).
 */
@Path("/api/opportunities/insight")
public class SocialValueFiguresResource {

    @Inject
    SocialValueFigures figures;

    @GET
    @Path("social-value")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "insightSocialValue")
    public List<SocialValueFigure> socialValue(@QueryParam("by") String by, @QueryParam("buyer") String buyer) {
        return figures.figures(by, buyer);
    }

    @GET
    @Path("social-value.csv")
    @Produces("text/csv")
    @Operation(operationId = "insightSocialValueCsv")
    public Response socialValueCsv(@QueryParam("by") String by, @QueryParam("buyer") String buyer) {
        StringBuilder csv = new StringBuilder(Csv.line("theme", "contract_reference", "contract_title", "buyer",
                "measure_code", "measure", "unit", "committed", "delivered"));
        for (SocialValueFigure f : figures.figures(by, buyer)) {
            csv.append(Csv.line(f.theme(), f.contractReference(), f.contractTitle(), f.buyer(), f.measureCode(),
                    f.measure(), f.unit(), f.committed(), f.delivered()));
        }
        return InsightCsv.attachment(csv.toString(), "social-value-by-" + by.toLowerCase(java.util.Locale.ROOT) + ".csv");
    }
}
