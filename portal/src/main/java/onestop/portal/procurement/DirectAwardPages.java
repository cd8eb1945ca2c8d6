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
import onestop.opportunities.api.DirectAward;
import onestop.opportunities.api.DirectAwardGround;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The buyer awards a draft or planned procurement directly, without competition, on one of Schedule 5's grounds:
 * the transparency notice (UK5) is published and the standstill starts. The service checks the ground is one of
 * the Act's and the justification is given; the page says its refusals against the fields.
 */
@Path("/buyer/notices/{id}/direct-award")
@Produces(MediaType.TEXT_HTML)
public class DirectAwardPages {

    /** The direct award as typed: the ground's name, why it applies, the supplier and the value in pounds. */
    public record DirectAwardForm(String ground, String justification, String supplierName, String value) {

        static DirectAwardForm from(MultivaluedMap<String, String> form) {
            return new DirectAwardForm(Pages.field(form, "ground"), Pages.field(form, "justification"),
                    Pages.field(form, "supplierName"), Pages.field(form, "value"));
        }

        static DirectAwardForm empty() {
            return new DirectAwardForm("", "", "", "");
        }
    }

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance directAward(NoticeView notice, List<DirectAwardGrounds.Choice> grounds,
                DirectAwardForm form, List<FormError> errors);
    }

    /** What the buyer must give for each field the service may find missing, by the form's field id. */
    private static final Map<String, String> WHAT_TO_ENTER = Map.of(
            "justification", "why the ground applies to this contract", "supplierName", "the supplier's name",
            "value", "the contract value in pounds");

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response directAwardPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return show(id, DirectAwardForm.empty(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response award(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        DirectAwardForm form = DirectAwardForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        Long pence = Pounds.toPence(form.value(), "value", "the contract value", errors);
        if (errors.isEmpty()) {
            // no ground chosen (or one the form does not offer) is sent as none: the service says one is required
            var request = new DirectAward(Pages.choice(DirectAwardGround.class, form.ground()),
                    Pages.nullIfBlank(form.justification()), Pages.nullIfBlank(form.supplierName()), pence);
            try {
                ApiCalls.read(() -> opportunities.awardDirectly(calls.authorization(), id, request));
                return Pages.seeOther("/buyer/notices/" + id);
            } catch (ApiCalls.Refused refused) {
                // a 409 (the notice is past its draft or planning) names no field: shown against the ground
                errors.addAll(Refusals.of(refused, "ground", DirectAwardPages::fieldId, WHAT_TO_ENTER).stream()
                        .map(e -> e.field().equals("ground") && e.required()
                                ? new FormError("ground", "Select the Schedule 5 ground you are relying on", e.code())
                                : e)
                        .toList());
            }
        }
        return show(id, form, errors);
    }

    private static String fieldId(String apiField) {
        return switch (apiField) {
            case "valuePence" -> "value";
            case "justification", "supplierName" -> apiField;
            default -> "ground";
        };
    }

    private Response show(UUID id, DirectAwardForm form, List<FormError> errors) {
        NoticeView notice = calls.notice(id);
        return Pages.show(Templates.directAward(notice, DirectAwardGrounds.CHOICES, form, errors));
    }
}
