package onestop.opportunities.insight.licensing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.LicensingInsight;
import onestop.platform.security.Roles;

/**
 * How the licensing service performs against its statutory targets (issue 19, ADR 11): every figure for council
 * staff (licensing officers and administrators), and the public counterpart, aggregates only, for the
 * transparency page. JSON or CSV; {@code from} and {@code to} are ISO dates, by default the last twelve months.
 */
@Path("/api/opportunities/insight")
public class LicensingInsightResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    LicensingInsightService service;

    @GET
    @Path("licensing")
    @RolesAllowed({ Roles.LICENSING_OFFICER, Roles.ADMIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLicensingInsight")
    public LicensingInsight licensing(@QueryParam("from") String from, @QueryParam("to") String to) {
        return service.figures(from, to, false);
    }

    @GET
    @Path("licensing.csv")
    @RolesAllowed({ Roles.LICENSING_OFFICER, Roles.ADMIN })
    @Produces("text/csv")
    @Operation(operationId = "getLicensingInsightCsv")
    public Response licensingCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return csv(service.figures(from, to, false), "licensing-insight.csv");
    }

    @GET
    @Path("licensing/public")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPublicLicensingInsight")
    public LicensingInsight publicLicensing(@QueryParam("from") String from, @QueryParam("to") String to) {
        return service.figures(from, to, true);
    }

    @GET
    @Path("licensing/public.csv")
    @Produces("text/csv")
    @Operation(operationId = "getPublicLicensingInsightCsv")
    public Response publicLicensingCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return csv(service.figures(from, to, true), "licensing-performance.csv");
    }

    private static Response csv(LicensingInsight insight, String name) {
        return Response.ok(LicensingInsightCsv.of(insight), CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
