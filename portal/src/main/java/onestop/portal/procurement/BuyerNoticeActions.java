package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.portal.ChosenFile;
import onestop.portal.FormError;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/**
 * The buyer's page of one notice and what is done from it: publish, close, answer questions, award, move a
 * challenge on. A refusal is shown on the same page the GOV.UK way, with what was typed kept.
 */
@Path("/buyer/notices")
@Produces(MediaType.TEXT_HTML)
public class BuyerNoticeActions {

    /** The stages of a CHALLENGE notice in order, to offer the next one (the service checks the move). */
    static final List<String> STAGES = List.of("CHALLENGE_DEFINED", "INVITING_SOLUTIONS", "EXPLORATION",
            "ACCELERATOR", "PROTOTYPE", "PRE_COMMERCIALISATION");

    /** The notice's fields a refused publish may name, as the edit page calls them. */
    private static final Map<String, String> FIELD_NAMES = Map.of("closingAt", "Closing date", "cpvCodes", "CPV codes",
            "stage", "Stage");

    @Inject
    PortalServices services;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/procurement/buyer-notice")
    Template page;

    @GET
    @Path("{id}")
    public Response noticePage(@PathParam("id") UUID id) {
        return show(visitor.requiredRole(Roles.BUYER), id, List.of(), Map.of());
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, form, "/publish", null, "status", Map.of());
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, form, "/close", null, "status", Map.of());
    }

    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stage(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, form, "/stage", Map.of("stage", Pages.field(form, "stage")), "status", Map.of());
    }

    @POST
    @Path("{id}/questions/{questionId}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId,
            MultivaluedMap<String, String> form) {
        String answer = Pages.field(form, "answer");
        Map<String, Object> body = Map.of("answer", answer, "publish", "true".equals(Pages.field(form, "publish")));
        return act(id, form, "/questions/" + questionId + "/answer", body, "answer-" + questionId,
                Map.of("answer-" + questionId, answer));
    }

    @POST
    @Path("{id}/award")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response award(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        PortalSessions.SignedIn user = visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        Map<String, String> typed = Map.of("responseId", Pages.field(form, "responseId"),
                "awardValue", Pages.field(form, "awardValue"));
        List<FormError> errors = new ArrayList<>();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("responseId", Pages.nullIfBlank(typed.get("responseId")));
        try {
            body.put("valuePence", Pounds.toPence(typed.get("awardValue")));
        } catch (Pounds.NotMoney e) {
            errors.add(new FormError("awardValue", "Enter the contract value as an amount in pounds, like 25000"));
        }
        if (errors.isEmpty()) {
            PortalServices.Answer answer = services.as(user).send("POST",
                    Pages.NOTICES + id + "/award", body);
            if (answer.ok()) {
                return Pages.seeOther("/buyer/notices/" + id);
            }
            errors.addAll(Refusals.of(answer, "responseId", field -> field.equals("valuePence") ? "awardValue" : "responseId",
                    Map.of("responseId", "the response you are awarding the contract to", "awardValue",
                            "the contract value in pounds")));
        }
        return show(user, id, errors, typed);
    }

    /** Adds a document to the notice (the tender pack); the service checks its kind and size. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @RestForm String csrf, @RestForm FileUpload file) {
        PortalSessions.SignedIn user = visitor.checkForm(csrf);
        visitor.requiredRole(Roles.BUYER);
        Optional<ChosenFile> chosen = ChosenFile.of(file);
        if (chosen.isEmpty()) {
            return show(user, id, List.of(new FormError("document", "Select a file to upload")), Map.of());
        }
        PortalServices.Answer answer = services.as(user).upload(Pages.NOTICES + id + "/documents",
                chosen.get());
        if (answer.ok()) {
            return Pages.seeOther("/buyer/notices/" + id + "#documents");
        }
        String message = switch (answer.status()) {
            case 413 -> "The selected file must be smaller than 10MB";
            case 415 -> "The selected file must be a PDF, Word or Excel document, OpenDocument file, PNG or JPEG";
            default -> answer.errors("document", f -> "document").get(0).message();
        };
        // a notice that has moved on (closed in another tab) no longer shows the upload field: say it on its status
        String field = answer.status() == 409 ? "status" : "document";
        return show(user, id, List.of(new FormError(field, message)), Map.of());
    }

    @POST
    @Path("{id}/documents/{documentId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            MultivaluedMap<String, String> form) {
        PortalSessions.SignedIn user = visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        PortalServices.Answer answer = services.as(user).send("DELETE",
                Pages.NOTICES + id + "/documents/" + documentId, null);
        if (answer.ok()) {
            return Pages.seeOther("/buyer/notices/" + id + "#documents");
        }
        return show(user, id, answer.errors("status", f -> "status"), Map.of());
    }

    /** A document of the buyer's notice, readable before it is published (the public link needs no sign-in). */
    @GET
    @Path("{id}/documents/{documentId}")
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        PortalSessions.SignedIn user = visitor.requiredRole(Roles.BUYER);
        return services.as(user).download(Pages.NOTICES + id + "/documents/" + documentId)
                .toBrowser();
    }

    /** Sends one action; on success back to the notice, otherwise the notice again with the refusal. */
    private Response act(UUID id, MultivaluedMap<String, String> form, String action, Map<String, Object> body,
            String field, Map<String, String> typed) {
        PortalSessions.SignedIn user = visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        PortalServices.Answer answer = services.as(user).send("POST", Pages.NOTICES + id + action, body);
        if (answer.ok()) {
            return Pages.seeOther("/buyer/notices/" + id);
        }
        return show(user, id, "status".equals(field) ? onStatus(answer)
                : Refusals.of(answer, field, ignored -> field, Map.of(field, "an answer")), typed);
    }

    /**
     * A refused publish, close or move: against the notice's status, as its button may be gone by now (the notice
     * moved on in another tab), each field the service names said in words.
     */
    static List<FormError> onStatus(PortalServices.Answer answer) {
        return answer.errors("status", UnaryOperator.identity()).stream()
                .map(e -> new FormError("status", FIELD_NAMES.containsKey(e.field())
                        ? FIELD_NAMES.get(e.field()) + ": " + Character.toLowerCase(e.message().charAt(0))
                        + e.message().substring(1) : e.message()))
                .toList();
    }

    private Response show(PortalSessions.SignedIn user, UUID id, List<FormError> errors, Map<String, String> typed) {
        var buyer = services.as(user);
        Map<String, Object> notice = buyer.get(Pages.NOTICES + id, List.of()).body();
        // the questions and responses of a notice are its own buyer's alone: another organisation gets 404
        List<?> questions = buyer.get(Pages.NOTICES + id + "/questions", List.of()).list();
        // sealed tenders: while the notice is open its buyer learns how many arrived, never what they say
        boolean open = "OPEN".equals(notice.get("status"));
        Map<String, Object> received = open
                ? buyer.get(Pages.NOTICES + id + "/responses/received", List.of()).body() : null;
        List<?> responses = open || "DRAFT".equals(notice.get("status")) ? List.of()
                : buyer.get(Pages.NOTICES + id + "/responses", List.of()).list();
        Object stage = notice.get("challengeStage");
        int at = stage == null ? -1 : STAGES.indexOf(stage.toString());
        String nextStage = at >= 0 && at + 1 < STAGES.size() ? STAGES.get(at + 1) : null;
        return Pages.show(page.data("notice", notice).data("questions", questions).data("responses", responses).data("received", received)
                .data("nextStage", nextStage).data("typed", typed).data("errors", errors));
    }
}
