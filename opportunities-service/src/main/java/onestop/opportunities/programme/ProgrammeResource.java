package onestop.opportunities.programme;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.opportunities.api.ProgrammeRequest;
import onestop.opportunities.api.ProgrammeView;
import onestop.platform.security.Roles;

/** Programmes: a buyer creates one and groups its procurements under it; anyone reads it and follows its feed. */
@Path("/api/opportunities/programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    static final String ATOM = "application/atom+xml";

    @Inject
    ProgrammeService service;

    @Inject
    ProgrammeFeed feed;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "createProgramme")
    public Response create(@Valid @NotNull ProgrammeRequest request) {
        ProgrammeView view = service.create(request);
        return Response.created(URI.create("/api/opportunities/programmes/" + view.id())).entity(view).build();
    }

    @GET
    @Operation(operationId = "listProgrammes")
    public List<ProgrammeView.Summary> list() {
        return service.list();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "readProgramme")
    public ProgrammeView read(@PathParam("id") UUID id) {
        return service.read(id);
    }

    @GET
    @Path("{id}/feed")
    @Produces(ATOM)
    @Operation(operationId = "readProgrammeFeed")
    public Response feed(@PathParam("id") UUID id) {
        return Response.ok(feed.atom(id), ATOM + "; charset=utf-8").build();
    }

    @PUT
    @Path("{id}/procurements/{opportunityId}")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "addToProgramme")
    public ProgrammeView add(@PathParam("id") UUID id, @PathParam("opportunityId") UUID opportunityId) {
        return service.add(id, opportunityId);
    }

    @DELETE
    @Path("{id}/procurements/{opportunityId}")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "removeFromProgramme")
    public ProgrammeView remove(@PathParam("id") UUID id, @PathParam("opportunityId") UUID opportunityId) {
        return service.remove(id, opportunityId);
    }
}
