package onestop.opportunities.insight.spend;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.SpendUploadView;
import onestop.opportunities.insight.awards.InsightCsv;
import onestop.platform.security.Roles;

/**
 * Spend data: the template, a buyer's quarterly uploads, and every loaded payment as open data (CSV). The upload
 * is the CSV itself as the body ({@code Content-Type: text/csv}), so that PUT replaces the quarter as a whole.
 */
@Path("/api/opportunities/spend")
public class SpendResource {

    @Inject
    SpendUploads uploads;

    @Inject
    SpendOpenData openData;

    @GET
    @Path("template.csv")
    @Produces("text/csv")
    @Operation(operationId = "spendTemplate")
    public Response template() {
        return InsightCsv.attachment(SpendTemplate.csv(), "spend-template.csv");
    }

    @PUT
    @Path("uploads/{quarter}")
    @RolesAllowed(Roles.BUYER)
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadSpend")
    public Response upload(@PathParam("quarter") String quarter, String csv) {
        SpendUploads.Loaded loaded = uploads.upload(quarter, csv);
        if (loaded.replaced()) {
            return Response.ok(loaded.upload()).build();
        }
        return Response.created(URI.create("/api/opportunities/spend/uploads/" + quarter)).entity(loaded.upload())
                .build();
    }

    @GET
    @Path("uploads")
    @RolesAllowed({ Roles.BUYER, Roles.ADMIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listSpendUploads")
    public List<SpendUploadView> list() {
        return uploads.list();
    }

    @GET
    @Path("payments.csv")
    @Produces("text/csv")
    @Operation(operationId = "spendPaymentsCsv")
    public Response payments(@QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return InsightCsv.attachment(openData.csv(buyer, from, to), "spend-over-30000.csv");
    }
}
