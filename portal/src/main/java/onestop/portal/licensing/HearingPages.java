package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.HearingView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.OfficerRequests;
import onestop.licensing.api.RepresentationDetermination;
import onestop.licensing.api.RepresentationView;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.problem.Problem;
import onestop.platform.security.Roles;

/**
 * The officer's representations and hearing: each representation with a form to find it relevant or not (with
 * reasons) or record its withdrawal; then the hearing to arrange (or adjourn once), or the parties' agreement
 * that none is needed. Each form posts on its own; a refusal shows the page again with the error on its field.
 */
@Path("/officer/applications/{id}/hearing")
@Produces(MediaType.TEXT_HTML)
public class HearingPages {

    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance officerHearing(ApplicationView app, List<RepresentationView> representations,
                HearingView hearing, boolean relevant, List<RepresentationDetermination> findings,
                Map<String, String> typed, List<FormError> errors);
    }

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response page(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        return ApplicationForms.page(hearingPage(id, new MultivaluedHashMap<>(), List.of()));
    }

    /** A finding on one representation, or its withdrawal. */
    @POST
    @Path("representations/{representationId}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response representation(@PathParam("id") UUID id, @PathParam("representationId") UUID representationId,
            @PathParam("action") String action, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        String authorization = licensing.authorization();
        Supplier<Record> call = switch (action) {
            case "determination" -> () -> client.determine(authorization, id, representationId,
                    new OfficerRequests.Determination(finding(text(form, "determination")),
                            text(form, "reasons").isEmpty() ? null : text(form, "reasons")));
            case "withdrawal" -> () -> client.withdrawRepresentation(authorization, id, representationId);
            default -> throw new NotFoundException();
        };
        return act(id, form, call, representationId.toString());
    }

    /** Arranging the hearing, adjourning it, or dispensing with it. */
    @POST
    @Path("{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hearing(@PathParam("id") UUID id, @PathParam("action") String action,
            MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        String authorization = licensing.authorization();
        if (action.equals("dispensation")) {
            return act(id, form, () -> client.dispenseWithHearing(authorization, id,
                    new OfficerRequests.HearingDispensation(text(form, "dispensation"))), "dispensation");
        }
        if (!action.equals("schedule") && !action.equals("adjournment")) {
            throw new NotFoundException();
        }
        HearingForm typed = HearingForm.read(form);
        if (!typed.errors().isEmpty()) {
            return ApplicationForms.page(hearingPage(id, form, typed.errors()));
        }
        return act(id, form, () -> action.equals("schedule")
                ? client.scheduleHearing(authorization, id, typed.hearing())
                : client.adjournHearing(authorization, id, typed.hearing()), "date");
    }

    private Response act(UUID id, MultivaluedMap<String, String> form, Supplier<Record> call, String fallback) {
        try {
            ApiCalls.read(call);
        } catch (ApiCalls.Refused refused) {
            return ApplicationForms.page(hearingPage(id, form, refusal(refused.problem(), fallback)));
        }
        return seeOther("/officer/applications/" + id + "/hearing");
    }

    /**
     * The service's refusal on the page's fields. {@code form} is the form it came from: a representation's id (each
     * has its own form, so its fields carry the id), {@code dispensation}, or {@code date} (the hearing form, whose
     * fields keep their names); anything the form has no field for stands against its first field.
     */
    static List<FormError> refusal(Problem refused, String form) {
        boolean representation = !form.equals("dispensation") && !form.equals("date");
        String first = representation ? "determination-" + form : form;
        List<String> own = representation ? List.of("determination", "reasons")
                : form.equals("date") ? List.of("date", "time", "place") : List.of();
        return Refusals.of(refused, first, f -> f).stream().map(e -> {
            if (representation && e.field().equals("determination")) {
                return new FormError(first, "Select what you found the representation to be", e.code());
            }
            if (representation && e.field().equals("reasons")) {
                return new FormError("reasons-" + form, "Enter why the representation does not count", e.code());
            }
            if (form.equals("dispensation") && e.field().equals("reasons")) {
                return new FormError(form, "Enter how the parties agreed a hearing is unnecessary", e.code());
            }
            if (e.field().equals("date") && e.code() != null) {
                return new FormError("date", "The hearing date " + Character.toLowerCase(e.message().charAt(0))
                        + e.message().substring(1), e.code());
            }
            return own.contains(e.field()) ? e : new FormError(first, e.message(), e.code());
        }).toList();
    }

    private TemplateInstance hearingPage(UUID id, MultivaluedMap<String, String> typed, List<FormError> errors) {
        String authorization = licensing.authorization();
        ApplicationView app = ApiCalls.read(() -> client.application(authorization, id));
        List<RepresentationView> representations = ApiCalls.read(() -> client.representations(authorization, id));
        HearingView hearing = licensing.hearing(id).orElse(null);
        // what calls for a hearing: a relevant representation that stands, or an objection to a temporary event notice
        boolean relevant = app.temporaryEvent() != null ? app.temporaryEvent().hearingRequired()
                : representations.stream().anyMatch(r -> r.withdrawnAt() == null
                        && r.determination() == RepresentationDetermination.RELEVANT);
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("date-day", "date-month", "date-year", "time", "place", "dispensation")) {
            values.put(name, text(typed, name));
        }
        return Templates.officerHearing(app, representations, hearing, relevant,
                List.of(RepresentationDetermination.values()), values, errors);
    }

    private static RepresentationDetermination finding(String chosen) {
        return Arrays.stream(RepresentationDetermination.values()).filter(d -> d.name().equals(chosen)).findFirst()
                .orElse(null);
    }
}
