package onestop.opportunities.socialvalue;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.CharterMeasure;
import onestop.opportunities.api.OutcomeReport;
import onestop.opportunities.api.OutcomeReported;
import onestop.platform.security.Roles;

/** Social value: the awarded supplier reports outcomes; everyone reads the summary (JSON or CSV). */
@Path("/api/opportunities")
public class SocialValueResource {

    @Inject
    SocialValueService service;

    @POST
    @Path("contracts/{opportunityId}/social-value-reports")
    @RolesAllowed(Roles.BUSINESS)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("opportunityId") UUID opportunityId,
            @Valid @NotNull OutcomeReport report) {
        OutcomeReported reported = service.report(opportunityId, report);
        return Response.created(URI.create("/api/opportunities/contracts/" + opportunityId
                + "/social-value-reports/" + reported.id())).entity(reported).build();
    }

    @GET
    @Path("social-value/measures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "socialValueMeasures")
    public List<CharterMeasure> measures() {
        return SocialValueMeasure.catalogue();
    }

    @GET
    @Path("social-value/summary")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SocialValueRequests.SummaryLine> summary() {
        return service.summary();
    }

    @GET
    @Path("social-value/summary")
    @Produces("text/csv")
    public Response summaryCsv() {
        return Response.ok(SocialValueService.csv(service.summary()), "text/csv; charset=UTF-8").build();
    }
}
