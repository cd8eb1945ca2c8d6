package onestop.opportunities.alert;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import onestop.opportunities.api.AlertView;
import onestop.opportunities.api.SavedSearchRequest;
import onestop.opportunities.api.SavedSearchView;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;
import onestop.platform.web.PageView;
import onestop.platform.web.QueryParams;

/** A business's saved searches and the alerts they raise. */
@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BUSINESS)
public class AlertResource {

    @Inject
    SavedSearches savedSearches;

    @Inject
    Alerts alerts;

    @Inject
    Caller caller;

    @POST
    @Path("saved-searches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@Valid @NotNull SavedSearchRequest request) {
        SavedSearchView view = savedSearches.save(caller.requireBusinessId(), request);
        return Response.created(URI.create("/api/opportunities/saved-searches/" + view.id())).entity(view).build();
    }

    @GET
    @Path("saved-searches")
    public PageView<SavedSearchView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return savedSearches.list(caller.requireBusinessId(), QueryParams.page(page, size));
    }

    @DELETE
    @Path("saved-searches/{id}")
    public Response delete(@PathParam("id") UUID id) {
        savedSearches.delete(caller.requireBusinessId(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("alerts")
    public PageView<AlertView> alerts(@QueryParam("page") String page, @QueryParam("size") String size) {
        return alerts.of(caller.requireBusinessId(), QueryParams.page(page, size));
    }
}
