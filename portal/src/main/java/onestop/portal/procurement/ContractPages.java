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
import onestop.opportunities.api.ContractRequest;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The buyer records the contract it entered into, once the standstill after the award is over; before then the
 * service refuses, and the page says why in its error summary.
 */
@Path("/buyer/notices/{id}/contract")
@Produces(MediaType.TEXT_HTML)
public class ContractPages {

    /** The contract as typed: three dates as day, month and year, and the value in pounds. */
    public record ContractForm(DateTyped signedOn, DateTyped startOn, DateTyped endOn, String value) {

        static ContractForm from(MultivaluedMap<String, String> form) {
            return new ContractForm(DateTyped.from(form, "signedOn"), DateTyped.from(form, "startOn"),
                    DateTyped.from(form, "endOn"), Pages.field(form, "value"));
        }

        static ContractForm empty() {
            return new ContractForm(DateTyped.empty("signedOn"), DateTyped.empty("startOn"), DateTyped.empty("endOn"),
                    "");
        }
    }

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance contractForm(NoticeView notice, ContractForm form, List<FormError> errors);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response contractPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return Pages.show(Templates.contractForm(calls.notice(id), ContractForm.empty(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enter(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        ContractForm form = ContractForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        LocalDate signedOn = form.signedOn().date("Date signed", errors);
        LocalDate startOn = form.startOn().date("Start date", errors);
        LocalDate endOn = form.endOn().date("End date", errors);
        Long pence = Pounds.toPence(form.value(), "value", "the contract value", errors);
        if (errors.isEmpty()) {
            var request = new ContractRequest(signedOn, startOn, endOn, pence);
            try {
                ApiCalls.read(() -> opportunities.enterContract(calls.authorization(), id, request));
                return Pages.seeOther("/buyer/notices/" + id);
            } catch (ApiCalls.Refused refused) {
                // a 409 (the standstill has not ended, or the contract is already recorded) names no field
                errors.addAll(Refusals.of(refused, "signedOn-day",
                        field -> field.equals("valuePence") ? "value" : field + "-day",
                        Map.of("signedOn-day", "the date the contract was signed")));
            }
        }
        return Pages.show(Templates.contractForm(calls.notice(id), form, errors));
    }
}
