package onestop.gateway.privacy;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.gateway.api.DataExportList;
import onestop.gateway.api.DataExportView;
import onestop.gateway.me.SignedInUser;
import onestop.platform.privacy.SubjectData;
import onestop.platform.security.Roles;

/** The signed-in business user's right of access: a copy of their data, asked for, followed and downloaded. */
@Path("/api/me/data-export")
@Tag(name = "Me")
public class DataExportResource {

    private final SignedInUser user;
    private final DataExports exports;

    DataExportResource(SignedInUser user, DataExports exports) {
        this.user = user;
        this.exports = exports;
    }

    @POST
    @RolesAllowed(Roles.BUSINESS)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "202", description = "The export, requested (or the one already being put together).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataExportView.class)))
    @Operation(operationId = "requestDataExport", summary = "Ask for a copy of everything OneStop holds about the caller and their business (202): "
            + "put together from every service in the background, emailed as a link when ready, downloadable "
            + "for 7 days; an export already being put together is answered instead of a new one")
    public RestResponse<DataExportView> request() {
        DataExportView export = exports.request(user.id());
        return RestResponse.ResponseBuilder.<DataExportView>create(RestResponse.Status.ACCEPTED, export)
                .location(URI.create("/api/me/data-export/" + export.id())).build();
    }

    @GET
    @RolesAllowed(Roles.BUSINESS)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDataExports", summary = "The caller's data exports, newest first, with their state")
    public DataExportList list() {
        return new DataExportList(exports.of(user.id()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.BUSINESS)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDataExport", summary = "One of the caller's data exports; anyone else's is 404")
    public DataExportView one(@PathParam("id") UUID id) {
        return exports.find(user.id(), id);
    }

    @GET
    @Path("/{id}/download")
    @RolesAllowed(Roles.BUSINESS)
    @Produces(SubjectData.ZIP)
    @APIResponse(responseCode = "409", description = "The export is not ready, failed or has expired.")
    @Operation(operationId = "downloadDataExport", summary = "The ZIP of one of the caller's data exports (README, gateway/, licensing/, opportunities/); "
            + "anyone else's is 404, one not ready or expired 409")
    public Response download(@PathParam("id") UUID id) {
        byte[] zip = exports.content(user.id(), id);
        DataExportView export = exports.find(user.id(), id);
        String name = "onestop-data-" + export.readyAt().atOffset(ZoneOffset.UTC).toLocalDate() + ".zip";
        return Response.ok(zip, SubjectData.ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
