package onestop.portal.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.MarketEngagement;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The buyer engages the market before its tender notice: the draft becomes PLANNED and the preliminary market
 * engagement notice (UK2) is published, saying what suppliers are asked, how to take part, and until when.
 */
@Path("/buyer/notices/{id}/market-engagement")
@Produces(MediaType.TEXT_HTML)
public class MarketEngagementPages {

    /** The engagement as typed: what suppliers are asked and how to take part, and its last day (optional). */
    public record EngagementForm(String description, DateTyped endsOn) {

        static EngagementForm from(MultivaluedMap<String, String> form) {
            return new EngagementForm(Pages.field(form, "description"), DateTyped.from(form, "endsOn"));
        }

        static EngagementForm empty() {
            return new EngagementForm("", DateTyped.empty("endsOn"));
        }
    }

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance marketEngagement(NoticeView notice, EngagementForm form,
                List<FormError> errors);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response engagementPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return Pages.show(Templates.marketEngagement(calls.notice(id), EngagementForm.empty(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response engage(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        EngagementForm form = EngagementForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        LocalDate endsOn = form.endsOn().date("The last day to take part", errors);
        if (errors.isEmpty()) {
            var request = new MarketEngagement(Pages.nullIfBlank(form.description()), endsOn);
            try {
                ApiCalls.read(() -> opportunities.engageMarket(calls.authorization(), id, request));
                return Pages.seeOther("/buyer/notices/" + id);
            } catch (ApiCalls.Refused refused) {
                // a 409 (the notice is no longer a draft) names no field
                errors.addAll(Refusals.of(refused, "description",
                        field -> field.equals("endsOn") ? "endsOn-day" : "description",
                        Map.of("description", "what you are asking suppliers and how they can take part")));
            }
        }
        return Pages.show(Templates.marketEngagement(calls.notice(id), form, errors));
    }
}
