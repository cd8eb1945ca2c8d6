package onestop.portal.dashboard;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import onestop.platform.security.Roles;
import onestop.portal.Pagination;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;

/**
 * The signed-in home page: a business's dashboard ({@code GET /api/me/dashboard}), or links to a staff member's
 * work; and the user's notifications ({@code /api/me/notifications}), to read and mark read.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPages {

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalServices services;

    @Inject
    @Location("portal/dashboard/dashboard")
    Template dashboard;

    @Inject
    @Location("portal/dashboard/notifications")
    Template notifications;

    @GET
    @Path("dashboard")
    public TemplateInstance dashboard() {
        PortalSessions.SignedIn user = visitor.required();
        PortalServices.OnBehalf api = services.as(user);
        if (!user.account().roles().contains(Roles.BUSINESS)) {
            Object unread = api.get("/api/me/notifications",
                    List.of(Map.entry("unread", "true"), Map.entry("size", "1"))).body().get("total");
            return dashboard.data("view", null).data("unread", unread);
        }
        Map<String, Object> view = api.get("/api/me/dashboard", List.of()).body();
        Object unread = view.get("notifications") instanceof Map<?, ?> inbox ? inbox.get("unread") : 0;
        return dashboard.data("view", view).data("unread", unread);
    }

    @GET
    @Path("notifications")
    public TemplateInstance notifications(@QueryParam("page") Integer page) {
        PortalSessions.SignedIn user = visitor.required();
        String shown = String.valueOf(page == null || page < 0 ? 0 : page);
        Map<String, Object> result = services.as(user).get("/api/me/notifications",
                List.of(Map.entry("page", shown), Map.entry("size", "20"))).body();
        return notifications.data("result", result).data("pages", Pagination.of(result, "/notifications", List.of()));
    }

    @POST
    @Path("notifications/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") UUID id, @FormParam("csrf") String csrf) {
        services.as(visitor.checkForm(csrf)).send("POST", "/api/me/notifications/" + id + "/read",
                null);
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
