package onestop.portal.privacy;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.gateway.api.DataExportView;
import onestop.gateway.api.GatewayClient;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;

/**
 * "Your data": a business user asks for a copy of everything OneStop holds about them (UK GDPR art. 15; ADR 0013),
 * sees how each copy is going, and downloads a ready one for its 7 days. The emailed link leads to the download
 * here, which needs the person who asked signed in: anyone else finds no such page.
 */
@Path("/account/your-data")
@Produces(MediaType.TEXT_HTML)
public class YourDataPages {

    @CheckedTemplate(basePath = "portal/privacy", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance yourData(List<DataExportView> exports, boolean requested, boolean notReady);
    }

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @Inject
    GatewayClient gateway;

    @GET
    public TemplateInstance yourData(@QueryParam("requested") String requested,
            @QueryParam("not-ready") String notReady) {
        String authorization = authorization(visitor.requiredRole(Roles.BUSINESS));
        List<DataExportView> exports = ApiCalls.read(() -> gateway.dataExports(authorization)).items();
        return Templates.yourData(exports, requested != null, notReady != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@FormParam("csrf") String csrf) {
        visitor.checkForm(csrf);
        String authorization = authorization(visitor.requiredRole(Roles.BUSINESS));
        ApiCalls.read(() -> gateway.requestDataExport(authorization));
        return Response.seeOther(URI.create("/account/your-data?requested=1")).build();
    }

    @GET
    @Path("{id}/download")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id) {
        String authorization = authorization(visitor.requiredRole(Roles.BUSINESS));
        UUID exportId = uuid(id);
        DataExportView export = ApiCalls.read(() -> gateway.dataExports(authorization)).items().stream()
                .filter(e -> e.id().equals(exportId)).findFirst().orElseThrow(NotFoundException::new);
        if (export.state() != DataExportView.State.READY) {
            // still being made, failed or expired: the page says which, and offers to ask again
            return Response.seeOther(URI.create("/account/your-data?not-ready=1")).build();
        }
        return ApiCalls.file(() -> gateway.downloadDataExport(authorization, exportId));
    }

    private String authorization(PortalSessions.SignedIn user) {
        return "Bearer " + sessions.accessToken(user);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
    }
}
