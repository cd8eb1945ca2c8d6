package onestop.opportunities.response;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import onestop.opportunities.api.ResponseFields;
import onestop.opportunities.api.ResponseView;
import onestop.opportunities.api.ResponsesReceived;
import onestop.platform.security.Roles;

/** Responses to a notice. */
@Path("/api/opportunities/opportunities/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResponseResource {

    @Inject
    ResponseService service;

    @POST
    @RolesAllowed(Roles.BUSINESS)
    @APIResponse(responseCode = "201", description = "The response, with its Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseView.class)))
    public Response submit(@PathParam("id") UUID id, @Valid @NotNull ResponseFields fields) {
        ResponseView view = service.submit(id, fields);
        return Response.created(URI.create("/api/opportunities/opportunities/" + id + "/responses/" + view.id()))
                .entity(view).build();
    }

    @GET
    @RolesAllowed({ Roles.BUSINESS, Roles.BUYER })
    public List<ResponseView> list(@PathParam("id") UUID id) {
        return service.list(id);
    }

    @GET
    @Path("received")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "listReceivedResponses")
    public ResponsesReceived received(@PathParam("id") UUID id) {
        return service.received(id);
    }

    @GET
    @Path("{responseId}")
    @RolesAllowed({ Roles.BUSINESS, Roles.BUYER })
    public ResponseView read(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId) {
        return service.read(id, responseId);
    }

    @POST
    @Path("{responseId}/confirm")
    @RolesAllowed(Roles.BUSINESS)
    public ResponseView confirm(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId) {
        return service.confirm(id, responseId);
    }

    @PATCH
    @Path("{responseId}")
    @RolesAllowed(Roles.BUSINESS)
    public ResponseView amend(@PathParam("id") UUID id, @PathParam("responseId") UUID responseId,
            @Valid @NotNull ResponseFields fields) {
        return service.amend(id, responseId, fields);
    }
}
