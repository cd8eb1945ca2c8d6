package onestop.gateway.dashboard;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import onestop.gateway.GatewayConfig;
import onestop.gateway.routing.ServicePages;
import onestop.gateway.me.SignedInUser;
import onestop.gateway.notification.NotificationInbox;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;
import onestop.platform.web.RequestIds;

/** A business's dashboard: both services asked at once, each given at most the timeout. */
@Path("/api/me/dashboard")
@Tag(name = "Me")
public class DashboardResource {

    private static final int LATEST = 5;

    private final ServicePages pages;
    private final NotificationInbox inbox;
    private final SignedInUser user;
    private final GatewayConfig gateway;
    private final DashboardConfig config;
    private final SupplierResponses responses;
    private final Caller caller;
    private final ObjectMapper json;

    DashboardResource(ServicePages pages, NotificationInbox inbox, SignedInUser user, GatewayConfig gateway,
            DashboardConfig config, SupplierResponses responses, Caller caller, ObjectMapper json) {
        this.responses = responses;
        this.caller = caller;
        this.json = json;
        this.pages = pages;
        this.inbox = inbox;
        this.user = user;
        this.gateway = gateway;
        this.config = config;
    }

    @GET
    @Blocking
    @RolesAllowed(Roles.BUSINESS)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Applications in progress, licences, responses, new matching opportunities and unread "
            + "notifications; partial when a service is down")
    public Uni<DashboardView> dashboard(@HeaderParam("Authorization") String authorization) {
        UUID userId = user.id();
        DashboardView.Notifications notifications = new DashboardView.Notifications(inbox.unread(userId),
                inbox.latestUnread(userId, LATEST));
        // the gateway's own copy: the opportunities service lists responses per notice only
        Optional<JsonNode> mine = Optional.of(json.valueToTree(Map.of("items",
                responses.ofBusiness(caller.requireBusinessId()))));
        String requestId = RequestIds.current();
        return Uni.combine().all()
                .unis(pages.get(gateway.licensingUrl(), config.applicationsPath(), authorization, requestId,
                                config.timeout()),
                        pages.get(gateway.licensingUrl(), config.licencesPath(), authorization, requestId,
                                config.timeout()),
                        pages.get(gateway.opportunitiesUrl(), config.alertsPath(), authorization, requestId,
                                config.timeout()))
                .with((applications, licences, alerts) -> DashboardParts.assemble(
                        new DashboardParts.Fetched(applications, licences, mine, alerts), notifications));
    }
}
