package onestop.portal.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.ResponseView;
import onestop.opportunities.api.StandstillChallenge;
import onestop.opportunities.api.StandstillExtension;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The buyer's "Standstill and challenges" page of an award: each challenge a supplier raised, with its grounds;
 * the outcome recorded for an open one (the contract is suspended until then, s.102 of the Procurement Act 2023);
 * and the standstill made longer, on the record. The supplier's side is {@link AwardChallengePages}.
 */
@Path("/buyer/notices/{id}/standstill")
@Produces(MediaType.TEXT_HTML)
public class StandstillPages {

    /** The outcomes a buyer records, in the words the form shows. */
    static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    static {
        OUTCOMES.put("UPHELD", "Upheld: the supplier was right");
        OUTCOMES.put("DISMISSED", "Dismissed: the award stands");
        OUTCOMES.put("WITHDRAWN", "Withdrawn by the supplier");
    }

    /** A challenge as the buyer sees it: with the name of the supplier that raised it, from its tender. */
    @TemplateData
    public record ChallengeRow(StandstillChallenge challenge, String supplier) {
    }

    /** The buyer's extension as typed. */
    @TemplateData
    public record ExtensionForm(DateTyped lastDay, String reason) {

        static ExtensionForm empty() {
            return new ExtensionForm(DateTyped.empty("lastDay"), "");
        }
    }

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance standstill(NoticeView notice, List<ChallengeRow> challenges,
                Map<String, String> outcomes, ExtensionForm extension, Map<String, String> typed,
                List<FormError> errors);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response standstillPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return page(id, ExtensionForm.empty(), Map.of(), List.of());
    }

    @POST
    @Path("challenges/{challengeId}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") UUID id, @PathParam("challengeId") UUID challengeId,
            MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        String outcomeField = "outcome-" + challengeId;
        String noteField = "note-" + challengeId;
        String note = Pages.field(posted, "note");
        StandstillChallenge.Outcome outcome = Pages.choice(StandstillChallenge.Outcome.class,
                Pages.field(posted, "outcome"));
        List<FormError> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add(new FormError(outcomeField, "Select how the challenge ended"));
        }
        if (note.isEmpty()) {
            errors.add(new FormError(noteField, "Enter a note for the record: what was decided, and why"));
        }
        if (errors.isEmpty()) {
            try {
                ApiCalls.read(() -> opportunities.resolveChallenge(calls.authorization(), id, challengeId,
                        new StandstillChallenge.Resolve(outcome, note)));
                return Pages.seeOther("/buyer/notices/" + id + "/standstill");
            } catch (ApiCalls.Refused refused) {
                // a 409: the outcome was recorded already, in another tab
                errors.addAll(Refusals.of(refused, outcomeField,
                        field -> field.equals("note") ? noteField : outcomeField, Map.of()));
            }
        }
        return page(id, ExtensionForm.empty(),
                Map.of(outcomeField, outcome == null ? "" : outcome.name(), noteField, note), errors);
    }

    @POST
    @Path("extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extend(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        ExtensionForm form = new ExtensionForm(DateTyped.from(posted, "lastDay"), Pages.field(posted, "reason"));
        List<FormError> errors = new ArrayList<>();
        LocalDate lastDay = form.lastDay().date("The new last day", errors);
        if (lastDay == null && errors.isEmpty()) {
            errors.add(new FormError("lastDay-day", "Enter the new last day of the standstill"));
        }
        if (form.reason().isEmpty()) {
            errors.add(new FormError("reason", "Enter why the standstill is extended"));
        }
        if (errors.isEmpty()) {
            try {
                ApiCalls.read(() -> opportunities.extendStandstill(calls.authorization(), id,
                        new StandstillExtension.Extend(lastDay, form.reason())));
                return Pages.seeOther("/buyer/notices/" + id + "/standstill");
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "lastDay-day",
                        field -> field.equals("reason") ? "reason" : "lastDay-day", Map.of()));
            }
        }
        return page(id, form, Map.of(), errors);
    }

    private Response page(UUID id, ExtensionForm extension, Map<String, String> typed, List<FormError> errors) {
        String authorization = calls.authorization();
        NoticeView notice = ApiCalls.read(() -> opportunities.notice(authorization, id));
        List<StandstillChallenge> challenges = ApiCalls.read(() -> opportunities.awardChallenges(authorization, id));
        List<ResponseView> tenders = challenges.isEmpty() ? List.of()
                : ApiCalls.read(() -> opportunities.responses(authorization, id));
        List<ChallengeRow> rows = challenges.stream().map(c -> new ChallengeRow(c, tenders.stream()
                .filter(r -> Objects.equals(r.businessId(), c.businessId())).map(ResponseView::supplierName)
                .filter(Objects::nonNull).findFirst().orElse("A supplier that tendered"))).toList();
        return Pages.show(Templates.standstill(notice, rows, OUTCOMES, extension, typed, errors));
    }
}
