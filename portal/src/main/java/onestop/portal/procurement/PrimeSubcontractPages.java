package onestop.portal.procurement;

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
import onestop.opportunities.api.AwardRequest;
import onestop.opportunities.api.CascadeClient;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.ResponseView;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;

/**
 * The prime runs a subcontract it posted: closes it to responses, reads the responses once closed and awards it.
 * The service decides who the prime is; to anyone else the subcontract's actions are "not found".
 */
@Path("/supplier/subcontracts/{id}")
@Produces(MediaType.TEXT_HTML)
public class PrimeSubcontractPages {

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance primeSubcontract(NoticeView notice, List<ResponseView> responses,
                String valueTyped, List<FormError> errors);
    }

    @Inject
    CascadeClient cascade;

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response page(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return show(id, "", List.of());
    }

    @POST
    @Path("award")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response award(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        List<FormError> errors = new ArrayList<>();
        UUID responseId = Pages.idOrNull(Pages.field(posted, "responseId"));
        if (responseId == null) {
            errors.add(new FormError("responseId", "Select the response that wins"));
        }
        String typed = Pages.field(posted, "value");
        Long value = Pounds.toPence(typed, "value", "the subcontract's value", errors);
        if (value == null && errors.stream().noneMatch(e -> e.field().equals("value"))) {
            errors.add(new FormError("value", "Enter the subcontract's value"));
        }
        if (errors.isEmpty()) {
            try {
                ApiCalls.read(() -> cascade.awardSubcontract(calls.authorization(), id,
                        new AwardRequest(responseId, value)));
                return Pages.seeOther("/supplier/subcontracts/" + id);
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "responseId",
                        field -> field.equals("valuePence") ? "value" : "responseId", Map.of()));
            }
        }
        return show(id, typed, errors);
    }

    private Response show(UUID id, String valueTyped, List<FormError> errors) {
        NoticeView notice = calls.notice(id);
        boolean prime = notice.parentOpportunityId() != null && ApiCalls.read(() -> cascade.wonContracts(
                calls.authorization())).stream().anyMatch(c -> c.id().equals(notice.parentOpportunityId()));
        if (!prime) {
            throw new jakarta.ws.rs.NotFoundException(); // another's subcontract, as the service would say
        }
        // once closed the prime reads every response (before, the service answers its own only: none)
        List<ResponseView> responses = notice.status().name().equals("OPEN") ? List.of()
                : ApiCalls.read(() -> opportunities.responses(calls.authorization(), id));
        return Pages.show(Templates.primeSubcontract(notice, responses, valueTyped, errors));
    }
}
