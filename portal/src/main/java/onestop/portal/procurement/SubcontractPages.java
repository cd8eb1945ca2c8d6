package onestop.portal.procurement;

import java.time.LocalDate;
import java.time.LocalTime;
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
import onestop.opportunities.api.CascadeClient;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.SupplyChain;
import onestop.opportunities.api.WonContract;
import onestop.platform.security.Roles;
import onestop.platform.time.WorkingDayCalendar;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;

/**
 * A prime contractor's side of the cascade: "Your contracts" (those it won) and, from one of them, "Post a
 * subcontract", which publishes the sub-opportunity at once as part of that contract.
 */
@Path("/supplier/contracts")
@Produces(MediaType.TEXT_HTML)
public class SubcontractPages {

    /** The subcontract as typed: what, where, its value in pounds and its closing date. */
    public record SubcontractForm(String title, String description, String cpvCode, String valueMax, String location,
            String postcode, DateTyped closing, boolean smeSuitable) {

        static SubcontractForm from(MultivaluedMap<String, String> form) {
            return new SubcontractForm(Pages.field(form, "title"), Pages.field(form, "description"),
                    Pages.field(form, "cpvCode"), Pages.field(form, "valueMax"), Pages.field(form, "location"),
                    Pages.field(form, "postcode"), DateTyped.from(form, "closing"),
                    "yes".equals(Pages.field(form, "smeSuitable")));
        }

        static SubcontractForm empty() {
            return new SubcontractForm("", "", "", "", "", "", DateTyped.empty("closing"), true);
        }
    }

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        /** @param subcontracts each contract's subcontracts, by the contract's id */
        static native TemplateInstance wonContracts(List<WonContract> contracts,
                Map<UUID, List<SupplyChain.Link>> subcontracts);

        static native TemplateInstance postSubcontract(WonContract contract, SubcontractForm form,
                List<FormError> errors);
    }

    @Inject
    CascadeClient cascade;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response contracts() {
        visitor.requiredRole(Roles.BUSINESS);
        List<WonContract> won = won();
        Map<UUID, List<SupplyChain.Link>> subcontracts = new java.util.HashMap<>();
        for (WonContract c : won) {
            subcontracts.put(c.id(), ApiCalls.read(() -> cascade.supplyChain(c.id())).subcontracts());
        }
        return Pages.show(Templates.wonContracts(won, subcontracts));
    }

    @GET
    @Path("{id}/subcontracts/new")
    public Response form(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        return Pages.show(Templates.postSubcontract(contract(id), SubcontractForm.empty(), List.of()));
    }

    @POST
    @Path("{id}/subcontracts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        WonContract contract = contract(id);
        SubcontractForm form = SubcontractForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        LocalDate closing = form.closing().date("The closing date", errors);
        Long valueMax = Pounds.toPence(form.valueMax(), "valueMax", "the value", errors);
        if (errors.isEmpty()) {
            NoticeFields fields = new NoticeFields(Pages.nullIfBlank(form.title()),
                    Pages.nullIfBlank(form.description()), OpportunityType.SUBCONTRACT,
                    form.cpvCode().isBlank() ? List.of() : List.of(form.cpvCode().strip()), null, valueMax,
                    Pages.nullIfBlank(form.location()), Pages.nullIfBlank(form.postcode()),
                    closing == null ? null : closing.atTime(LocalTime.NOON).atZone(WorkingDayCalendar.COUNCIL_ZONE)
                            .toInstant(),
                    form.smeSuitable(), false, null, null, id, null, null, null, null);
            try {
                NoticeView posted1 = ApiCalls.read(() -> cascade.postSubcontract(calls.authorization(), id, fields));
                return Pages.seeOther("/opportunities/" + posted1.id());
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "title", SubcontractPages::fieldId, Map.of("title", "a title",
                        "description", "a description of the work", "cpvCode", "a CPV code",
                        "closing-day", "the closing date")));
            }
        }
        return Pages.show(Templates.postSubcontract(contract, form, errors));
    }

    /** The API's field to the form's. */
    static String fieldId(String field) {
        return switch (field) {
            case "cpvCodes" -> "cpvCode";
            case "closingAt" -> "closing-day";
            case "valueMaxPence", "valueMinPence" -> "valueMax";
            default -> field;
        };
    }

    private List<WonContract> won() {
        return calls.wonContracts();
    }

    private WonContract contract(UUID id) {
        return calls.wonContract(id);
    }
}
