package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.ifMatch;
import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ApplicationPage;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.DocumentView;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.OfficerRequests;
import onestop.licensing.api.RepresentationCategory;
import onestop.licensing.api.TimelineView;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.Pagination;
import onestop.portal.PortalVisitor;
import onestop.platform.problem.Problem;
import onestop.platform.security.Roles;

/**
 * Licensing officers' casework: the queue (by due date, filtered by status and overdue) and one application with
 * only the actions its {@code allowedActions} allow. Anyone else sees "Page not found".
 */
@Path("/officer/applications")
@Produces(MediaType.TEXT_HTML)
public class OfficerPages {

    static final List<ApplicationStatus> STATUSES = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.INFORMATION_REQUESTED, ApplicationStatus.IN_CONSULTATION, ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.GRANTED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN);

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance officerQueue(ApplicationPage result, Map<String, String> types,
                List<ApplicationStatus> statuses, ApplicationStatus status, boolean overdue, String q,
                Pagination pages);

        static native TemplateInstance officerApplication(ApplicationView app, LicenceTypeView type,
                List<DetailsForm.Question> questions, List<DocumentView> documents, List<TimelineView> timeline,
                Map<String, String> typed, List<FormError> errors);
    }

    /** What to enter in a field the officer left blank. */
    private static final Map<String, String> WHAT_TO_ENTER = Map.of(
            "message", "Enter what the applicant needs to send or change",
            "from", "Enter who the representation is from",
            "category", "Select who made the representation",
            "grounds", "Enter the grounds of the representation",
            "reasons", "Enter the reasons for refusing",
            "workingDays", "Enter by how many working days, from 1 to 60",
            "extensionReasons", "Enter the reasons for the extension");

    /** The label of each field, to name it in a refusal. */
    private static final Map<String, String> LABELS = Map.of("message", "What the applicant needs to send or change",
            "from", "From", "grounds", "Grounds", "reasons", "Reasons for refusing", "conditions", "Conditions",
            "workingDays", "By how many working days", "extensionReasons", "Reasons for the extension");

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response queue(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
            @QueryParam("q") String q, @QueryParam("page") Integer page) {
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        ApplicationStatus chosen = STATUSES.stream().filter(s -> s.name().equals(status)).findFirst().orElse(null);
        List<Map.Entry<String, String>> filters = new ArrayList<>();
        if (chosen != null) {
            filters.add(new SimpleEntry<>("status", chosen.name()));
        }
        if (overdue) {
            filters.add(new SimpleEntry<>("overdue", "true"));
        }
        String words = q == null || q.isBlank() ? null : q.strip();
        if (words != null) {
            filters.add(new SimpleEntry<>("q", words));
        }
        ApplicationPage result = ApiCalls.read(() -> client.applications(licensing.authorization(), chosen,
                overdue ? Boolean.TRUE : null, words, LicensingCalls.pageNumber(page)));
        return page(Templates.officerQueue(result, licensing.typeNames(), STATUSES, chosen, overdue, words,
                Pagination.of(result.page(), result.size(), result.total(), "/officer/applications", filters)));
    }

    @GET
    @Path("{id}")
    public Response application(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        return page(casework(id, new MultivaluedHashMap<>(), List.of()));
    }

    /** A document the applicant uploaded, for the officer to read. */
    @GET
    @Path("{id}/documents/{documentId}")
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        return licensing.document(id, documentId);
    }

    /** One of the officer's actions: assign, validate, request-information, representations, decision. */
    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") UUID id, @PathParam("action") String action,
            MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.LICENSING_OFFICER);
        String version = ifMatch(form);
        String authorization = licensing.authorization();
        Supplier<Record> call = switch (action) {
            case "assign" -> () -> client.assign(authorization, id, version,
                    new OfficerRequests.Assignment(visitor.required().account().email()));
            case "validate" -> () -> client.validate(authorization, id, version);
            case "request-information" -> () -> client.requestInformation(authorization, id, version,
                    new OfficerRequests.InformationRequest(text(form, "message")));
            case "representations" -> () -> client.represent(authorization, id, representation(form));
            case "decision" -> () -> client.decide(authorization, id, version, decision(form));
            case "target-extension" -> () -> client.extendTarget(authorization, id, version,
                    new OfficerRequests.TargetExtension(workingDays(text(form, "workingDays")),
                            text(form, "extensionReasons")));
            default -> throw new NotFoundException();
        };
        try {
            ApiCalls.read(call);
        } catch (ApiCalls.Refused refused) {
            return page(casework(id, form, refusal(refused.problem(), action, text(form, "outcome"))));
        }
        return seeOther("/officer/applications/" + id);
    }

    /**
     * The service's refusal against the officer's field: a change of state (409, 412) against the application's
     * status, as the form it came from may be gone; a blank said as what to enter.
     */
    static List<FormError> refusal(Problem problem, String action, String outcome) {
        String field = problem.status() == 409 || problem.status() == 412 ? "status" : switch (action) {
            case "request-information" -> "message";
            case "representations" -> "from";
            case "decision" -> "GRANT".equals(outcome) ? "conditions" : "reasons";
            case "target-extension" -> "workingDays";
            default -> "status";
        };
        List<FormError> errors = new ArrayList<>();
        for (FormError error : Refusals.of(problem, field, f -> f)) {
            // one condition a line, all in one box
            String id = error.field().startsWith("conditions") ? "conditions"
                    // the extension's reasons have a box of their own, apart from a refusal's
                    : "target-extension".equals(action) && error.field().equals("reasons") ? "extensionReasons"
                    : error.field();
            errors.add(new FormError(id, error.required() && WHAT_TO_ENTER.containsKey(id) ? WHAT_TO_ENTER.get(id)
                    : LABELS.containsKey(id) ? LABELS.get(id) + ": " + lowerFirst(error.message()) : error.message(),
                    error.code()));
        }
        return errors;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private TemplateInstance casework(UUID id, MultivaluedMap<String, String> typed, List<FormError> errors) {
        String authorization = licensing.authorization();
        ApplicationView app = ApiCalls.read(() -> client.application(authorization, id));
        LicenceTypeView type = licensing.licenceType(app.licenceTypeCode());
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("message", "from", "category", "grounds", "outcome", "conditions", "reasons",
                "workingDays", "extensionReasons")) {
            values.put(name, text(typed, name));
        }
        return Templates.officerApplication(app, type, licensing.questions(type, app.details()),
                ApiCalls.read(() -> client.documents(authorization, id)),
                ApiCalls.read(() -> client.timeline(authorization, id)), values, errors);
    }

    private static OfficerRequests.NewRepresentation representation(MultivaluedMap<String, String> form) {
        return new OfficerRequests.NewRepresentation(text(form, "from"),
                choice(RepresentationCategory.class, text(form, "category")), text(form, "grounds"));
    }

    /** A whole number of days, or none (the service then says it is required) when it is not one. */
    private static Integer workingDays(String typed) {
        try {
            return typed.isEmpty() ? null : Integer.valueOf(typed.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Conditions are typed one a line. */
    private static OfficerRequests.Decision decision(MultivaluedMap<String, String> form) {
        return new OfficerRequests.Decision(choice(DecisionOutcome.class, text(form, "outcome")),
                Arrays.stream(text(form, "conditions").split("\\R")).map(String::trim)
                        .filter(line -> !line.isEmpty()).toList(),
                text(form, "reasons").isEmpty() ? null : text(form, "reasons"));
    }

    /** The option chosen, or none when none (or one the form does not offer) was: the service says it is required. */
    private static <E extends Enum<E>> E choice(Class<E> options, String chosen) {
        return Arrays.stream(options.getEnumConstants()).filter(o -> o.name().equals(chosen)).findFirst()
                .orElse(null);
    }
}
