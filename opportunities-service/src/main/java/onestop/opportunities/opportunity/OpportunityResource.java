package onestop.opportunities.opportunity;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.api.CancelRequest;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.MarketEngagement;
import onestop.opportunities.api.NoticeView;
import onestop.platform.security.Roles;
import onestop.platform.web.PageView;
import onestop.platform.web.QueryParams;

/** A notice: read by anyone once published; drafted, edited, published, closed, cancelled by its buyer. */
@Path("/api/opportunities/opportunities")
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    @Inject
    OpportunityService service;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    // a Response says nothing of its body: named here, so that a generated client gets a NoticeView, not an Object
    @APIResponse(responseCode = "201", description = "The draft, with its ETag and Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    public Response draft(@Valid @NotNull NoticeFields fields) {
        NoticeView view = service.draft(fields);
        return Response.created(URI.create("/api/opportunities/opportunities/" + view.id())).entity(view)
                .tag(String.valueOf(view.version())).build();
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The notice, with its ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    public Response read(@PathParam("id") UUID id) {
        NoticeView view = service.read(id);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "updateOpportunity", description = "A draft, or an OPEN notice before its deadline"
            + " (which publishes the next version of its tender notice): a field given replaces, a field left out"
            + " stays, an optional field sent as null is cleared. An open notice keeps its type, and its"
            + " `closingAt` may move later but never earlier (422 naming `closingAt`).")
    @APIResponse(responseCode = "200", description = "The notice as changed, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull ObjectNode body) throws JsonProcessingException {
        // read by hand: a property sent as null (clear it) must stay distinct from one left out (keep it)
        NoticeView view = service.revise(id, NoticePatch.read(body, json, validator), ifMatch);
        return Response.ok(view).tag(String.valueOf(view.version())).build();
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.BUYER)
    public NoticeView publish(@PathParam("id") UUID id) {
        return service.publish(id);
    }

    /** DRAFT → PLANNED: the preliminary market engagement notice (UK2) is published. */
    @POST
    @Path("{id}/market-engagement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "publishMarketEngagement")
    public NoticeView engageMarket(@PathParam("id") UUID id, @Valid @NotNull MarketEngagement request) {
        return service.engageMarket(id, request);
    }

    /** A draft or planned procurement announces its tender notice ahead: the planned procurement notice (UK3). */
    @POST
    @Path("{id}/planned-procurement")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "publishPlannedProcurement")
    public NoticeView planProcurement(@PathParam("id") UUID id) {
        return service.planProcurement(id);
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "closeOpportunity", description = "OPEN → CLOSED once `closingAt` has passed, before"
            + " the service's closing job does it (within 30 seconds). Before the deadline it is 409"
            + " `illegal-transition`: suppliers have until then to respond, and their responses stay sealed until"
            + " then (Procurement Act 2023 s.54). To stop the procurement, cancel the notice; to give more time,"
            + " move `closingAt` later.")
    public NoticeView close(@PathParam("id") UUID id) {
        return service.close(id);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUYER)
    public NoticeView cancel(@PathParam("id") UUID id, @Valid @NotNull CancelRequest request) {
        return service.cancel(id, request.reason());
    }

    /** The calling buyer's organisation's notices, drafts included, newest first. */
    @GET
    @Path("mine")
    @RolesAllowed(Roles.BUYER)
    @Operation(operationId = "listOwnOpportunities")
    public PageView<NoticeView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return service.mine(QueryParams.page(page, size));
    }
}
