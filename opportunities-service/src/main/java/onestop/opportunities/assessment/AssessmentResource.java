package onestop.opportunities.assessment;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import onestop.opportunities.api.AssessmentRequest;
import onestop.opportunities.api.AssessmentSummary;
import onestop.opportunities.api.AssessmentView;
import onestop.platform.security.Roles;

/** Assessing tenders after the deadline, and the assessment summaries sent with the contract award notice. */
@Path("/api/opportunities/opportunities/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessments;

    @PUT
    @Path("/responses/{responseId}/assessment")
    @RolesAllowed(Roles.BUYER)
    public AssessmentView assess(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            @QueryParam("lot") String lot, @Valid @NotNull AssessmentRequest request) {
        return assessments.assess(id, responseId, LotOfTender.blankAsNone(lot), request);
    }

    @GET
    @Path("/assessments")
    @RolesAllowed(Roles.BUYER)
    public List<AssessmentView> list(@PathParam("id") UUID id) {
        return assessments.list(id);
    }

    @GET
    @Path("/responses/{responseId}/assessment-summary")
    @RolesAllowed({ Roles.BUYER, Roles.BUSINESS })
    public AssessmentSummary summary(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            @QueryParam("lot") String lot) {
        return assessments.summary(id, responseId, LotOfTender.blankAsNone(lot));
    }
}
