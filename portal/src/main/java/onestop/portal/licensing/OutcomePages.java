package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.ifMatch;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.util.ArrayList;
import java.util.Arrays;
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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.OfficerRequests;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.problem.Problem;
import onestop.platform.security.Roles;

/**
 * The decision after a hearing (or the parties' agreement that none was needed): grant, grant with modified
 * conditions, exclude some of the activities applied for, or refuse, always with reasons.
 */
@Path("/officer/applications/{id}/outcome")
@Produces(MediaType.TEXT_HTML)
public class OutcomePages {

    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance officerOutcome(ApplicationView app, List<DecisionOutcome> outcomes,
                List<String> activities, MultivaluedMap<String, String> typed, List<FormError> errors);
    }

    /** What to enter in a field the officer left blank or got wrong, by the service's field. */
    private static final Map<String, String> WHAT_TO_ENTER = Map.of(
            "outcome", "Select the decision",
            "reasons", "Enter the reasons for the decision",
            "conditions", "Enter the modified conditions, one a line",
            "excludedActivities", "Select the activities to exclude, but not all of them");

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response page(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        return ApplicationForms.page(outcomePage(id, new MultivaluedHashMap<>(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        try {
            ApiCalls.read(() -> client.decide(licensing.authorization(), id, ifMatch(form), decision(form)));
        } catch (ApiCalls.Refused refused) {
            return ApplicationForms.page(outcomePage(id, form, refusal(refused.problem())));
        }
        return seeOther("/officer/applications/" + id);
    }

    /** The service's refusal on the form's fields, said as what to enter; a rule of state against the choice. */
    static List<FormError> refusal(Problem refused) {
        List<FormError> errors = new ArrayList<>();
        for (FormError e : Refusals.of(refused, "outcome", f -> f)) {
            String field = e.field().startsWith("conditions") ? "conditions"
                    : e.field().startsWith("excludedActivities") ? "excludedActivities" : e.field();
            boolean known = WHAT_TO_ENTER.containsKey(field);
            errors.add(new FormError(known ? field : "outcome", known && e.code() != null
                    ? WHAT_TO_ENTER.get(field) + (e.code().equals("required") ? "" : ": " + e.message()) : e.message(),
                    e.code()));
        }
        return errors;
    }

    static OfficerRequests.Decision decision(MultivaluedMap<String, String> form) {
        DecisionOutcome outcome = Arrays.stream(DecisionOutcome.values())
                .filter(o -> o.name().equals(text(form, "outcome"))).findFirst().orElse(null);
        List<String> conditions = Arrays.stream(text(form, "conditions").split("\\R")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
        List<String> excluded = form.get("excludedActivities") == null ? List.of() : form.get("excludedActivities");
        return new OfficerRequests.Decision(outcome, conditions, text(form, "reasons").isEmpty() ? null
                : text(form, "reasons"), outcome == DecisionOutcome.EXCLUDE_ACTIVITIES ? excluded : null);
    }

    private TemplateInstance outcomePage(UUID id, MultivaluedMap<String, String> typed, List<FormError> errors) {
        ApplicationView app = licensing.application(id);
        List<String> activities = new ArrayList<>();
        if (app.details() != null) {
            app.details().path("licensableActivities").forEach(a -> activities.add(a.asText()));
        }
        return Templates.officerOutcome(app, List.of(DecisionOutcome.GRANT,
                DecisionOutcome.GRANT_WITH_MODIFIED_CONDITIONS, DecisionOutcome.EXCLUDE_ACTIVITIES,
                DecisionOutcome.REFUSE), activities, typed, errors);
    }
}
