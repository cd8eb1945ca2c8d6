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
import onestop.opportunities.api.ContractChangeRequest;
import onestop.opportunities.api.ContractEndRequest;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * Once the contract is entered into, the buyer records each change to it (a contract change notice, UK10) and its
 * end, however it ended (the contract termination notice, UK11). Before the contract, or after its end, the
 * service refuses (409) and the page says why.
 */
@Path("/buyer/notices/{id}/contract")
@Produces(MediaType.TEXT_HTML)
public class ContractChangePages {

    /** A change as typed: what changes and why, and the new value in pounds and new end date where they change. */
    public record ChangeForm(String description, String value, DateTyped endOn) {

        static ChangeForm from(MultivaluedMap<String, String> form) {
            return new ChangeForm(Pages.field(form, "description"), Pages.field(form, "value"),
                    DateTyped.from(form, "endOn"));
        }

        static ChangeForm empty() {
            return new ChangeForm("", "", DateTyped.empty("endOn"));
        }
    }

    /** The end as typed: the day the contract ended, and why. */
    public record EndForm(DateTyped endedOn, String reason) {

        static EndForm from(MultivaluedMap<String, String> form) {
            return new EndForm(DateTyped.from(form, "endedOn"), Pages.field(form, "reason"));
        }

        static EndForm empty() {
            return new EndForm(DateTyped.empty("endedOn"), "");
        }
    }

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance contractChange(NoticeView notice, ChangeForm form, List<FormError> errors);

        static native TemplateInstance contractEnd(NoticeView notice, EndForm form, List<FormError> errors);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    @Path("changes")
    public Response changePage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return Pages.show(Templates.contractChange(calls.notice(id), ChangeForm.empty(), List.of()));
    }

    @POST
    @Path("changes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        ChangeForm form = ChangeForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        Long pence = Pounds.toPence(form.value(), "value", "the new value", errors);
        LocalDate endOn = form.endOn().date("The new end date", errors);
        if (errors.isEmpty()) {
            var request = new ContractChangeRequest(Pages.nullIfBlank(form.description()), pence, endOn);
            try {
                ApiCalls.read(() -> opportunities.changeContract(calls.authorization(), id, request));
                return Pages.seeOther("/buyer/notices/" + id);
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "description", field -> switch (field) {
                    case "valuePence" -> "value";
                    case "endOn" -> "endOn-day";
                    default -> "description";
                }, Map.of("description", "what changes in the contract and why")));
            }
        }
        return Pages.show(Templates.contractChange(calls.notice(id), form, errors));
    }

    @GET
    @Path("termination")
    public Response endPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return Pages.show(Templates.contractEnd(calls.notice(id), EndForm.empty(), List.of()));
    }

    @POST
    @Path("termination")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        EndForm form = EndForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        LocalDate endedOn = form.endedOn().date("The date the contract ended", errors);
        if (errors.isEmpty()) {
            var request = new ContractEndRequest(endedOn, Pages.nullIfBlank(form.reason()));
            try {
                ApiCalls.read(() -> opportunities.endContract(calls.authorization(), id, request));
                return Pages.seeOther("/buyer/notices/" + id);
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "endedOn-day",
                        field -> field.equals("reason") ? "reason" : "endedOn-day",
                        Map.of("endedOn-day", "the date the contract ended", "reason", "why the contract ended")));
            }
        }
        return Pages.show(Templates.contractEnd(calls.notice(id), form, errors));
    }
}
