package onestop.opportunities.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.platform.audit.PersonalDataReadExport;
import onestop.platform.security.Roles;

/**
 * The log of staff reads of personal data held by opportunities, for administrators (the council's Data Protection
 * Officer asks them): CSV, one row per read, between two days. What is logged: docs/domain.md, Data rights.
 */
@Path("/api/opportunities/audit/personal-data-reads")
@RolesAllowed(Roles.ADMIN)
public class PersonalDataReadResource {

    @Inject
    PersonalDataReadExport export;

    @GET
    @Produces("text/csv")
    @Operation(operationId = "exportOpportunitiesPersonalDataReads")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return export.csv(from, to, "opportunities-personal-data-reads");
    }
}
