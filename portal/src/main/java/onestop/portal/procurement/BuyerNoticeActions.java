package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.AssessmentView;
import onestop.opportunities.api.AwardRequest;
import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.QuestionRequests;
import onestop.opportunities.api.QuestionView;
import onestop.opportunities.api.ResponseView;
import onestop.opportunities.api.ResponsesReceived;
import onestop.opportunities.api.StageRequest;
import onestop.portal.ApiCalls;
import onestop.portal.ChosenFile;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The buyer's page of one notice and what is done from it: publish, close, answer questions, award, move a
 * challenge on. A refusal is shown on the same page the GOV.UK way, with what was typed kept.
 */
@Path("/buyer/notices")
@Produces(MediaType.TEXT_HTML)
public class BuyerNoticeActions {

    /** The page, type-checked against what it is given when the portal is built. */
    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance buyerNotice(NoticeView notice, List<QuestionView> questions,
                List<ResponseView> responses, ResponsesReceived received, List<AssessmentView> assessments,
                ChallengeStage nextStage, long openChallenges, Map<String, String> typed, List<FormError> errors);
    }

    /** The notice's fields a refused publish may name, as the edit page calls them. */
    private static final Map<String, String> FIELD_NAMES = Map.of("closingAt", "Closing date", "cpvCodes", "CPV codes",
            "stage", "Stage");

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    @Path("{id}")
    public Response noticePage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return show(id, List.of(), Map.of());
    }

    /** The buyer announces the tender ahead: a planned procurement notice (UK3). */
    @POST
    @Path("{id}/planned-procurement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response planProcurement(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, form, () -> opportunities.publishPlannedProcurement(calls.authorization(), id), "status",
                Map.of());
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, form, () -> opportunities.publish(calls.authorization(), id), "status", Map.of());
    }

    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stage(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        ChallengeStage next = Pages.choice(ChallengeStage.class, Pages.field(form, "stage"));
        return act(id, form, () -> opportunities.advanceChallenge(calls.authorization(), id, new StageRequest(next)),
                "status", Map.of());
    }

    @POST
    @Path("{id}/questions/{questionId}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, @PathParam("questionId") UUID questionId,
            MultivaluedMap<String, String> form) {
        String answer = Pages.field(form, "answer");
        var request = new QuestionRequests.Answer(answer, "true".equals(Pages.field(form, "publish")));
        return act(id, form, () -> opportunities.answer(calls.authorization(), id, questionId, request),
                "answer-" + questionId, Map.of("answer-" + questionId, answer));
    }

    @POST
    @Path("{id}/award")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response award(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        Map<String, String> typed = Map.of("responseId", Pages.field(form, "responseId"),
                "awardValue", Pages.field(form, "awardValue"));
        List<FormError> errors = new ArrayList<>();
        Long pence = Pounds.toPence(typed.get("awardValue"), "awardValue", "the contract value", errors);
        if (errors.isEmpty()) {
            // a chosen response that is not an id names none: the service says one must be chosen
            var request = new AwardRequest(Pages.idOrNull(typed.get("responseId")), pence);
            try {
                ApiCalls.read(() -> opportunities.award(calls.authorization(), id, request));
                return Pages.seeOther("/buyer/notices/" + id);
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "responseId",
                        field -> field.equals("valuePence") ? "awardValue" : "responseId",
                        Map.of("responseId", "the response you are awarding the contract to", "awardValue",
                                "the contract value in pounds")));
            }
        }
        return show(id, errors, typed);
    }

    /** Adds a document to the notice (the tender pack); the service checks its kind and size. */
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @RestForm String csrf, @RestForm FileUpload file) {
        visitor.checkForm(csrf);
        visitor.requiredRole(Roles.BUYER);
        if (!ChosenFile.isChosen(file)) {
            return show(id, List.of(new FormError("document", "Select a file to upload")), Map.of());
        }
        try {
            ApiCalls.read(() -> opportunities.upload(calls.authorization(), id, file));
            return Pages.seeOther("/buyer/notices/" + id + "#documents");
        } catch (ApiCalls.Refused refused) {
            int status = refused.problem().status();
            String message = switch (status) {
                case 413 -> "The selected file must be smaller than 10MB";
                case 415 -> "The selected file must be a PDF, Word or Excel document, OpenDocument file, PNG or JPEG";
                default -> refused.errors("document").get(0).message();
            };
            // a notice that has moved on (closed in another tab) no longer shows the upload field: say it on its status
            return show(id, List.of(new FormError(status == 409 ? "status" : "document", message)), Map.of());
        }
    }

    @POST
    @Path("{id}/documents/{documentId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteDocument(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId,
            MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        try {
            ApiCalls.read(() -> {
                opportunities.removeDocument(calls.authorization(), id, documentId);
                return documentId;
            });
            return Pages.seeOther("/buyer/notices/" + id + "#documents");
        } catch (ApiCalls.Refused refused) {
            return show(id, Refusals.errors(refused, "status", f -> "status"), Map.of());
        }
    }

    /** A document of the buyer's notice, readable before it is published (the public link needs no sign-in). */
    @GET
    @Path("{id}/documents/{documentId}")
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        visitor.requiredRole(Roles.BUYER);
        return ApiCalls.file(() -> opportunities.document(calls.authorization(), id, documentId));
    }

    /** Sends one action; on success back to the notice, otherwise the notice again with the refusal. */
    private Response act(UUID id, MultivaluedMap<String, String> form, Supplier<?> action, String field,
            Map<String, String> typed) {
        visitor.checkForm(form.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        try {
            ApiCalls.read(action);
            return Pages.seeOther("/buyer/notices/" + id);
        } catch (ApiCalls.Refused refused) {
            return show(id, "status".equals(field) ? onStatus(refused.errors("status"))
                    : Refusals.of(refused, field, ignored -> field, Map.of(field, "an answer")), typed);
        }
    }

    /**
     * A refused publish, close or move: against the notice's status, as its button may be gone by now (the notice
     * moved on in another tab), each field the service names said in words.
     */
    static List<FormError> onStatus(List<FormError> refusal) {
        return refusal.stream()
                .map(e -> new FormError("status", FIELD_NAMES.containsKey(e.field())
                        ? FIELD_NAMES.get(e.field()) + ": " + Character.toLowerCase(e.message().charAt(0))
                        + e.message().substring(1) : e.message()))
                .toList();
    }

    private Response show(UUID id, List<FormError> errors, Map<String, String> typed) {
        String authorization = calls.authorization();
        NoticeView notice = ApiCalls.read(() -> opportunities.notice(authorization, id));
        // the questions and responses of a notice are its own buyer's alone: another organisation gets 404
        List<QuestionView> questions = ApiCalls.read(() -> opportunities.questions(authorization, id));
        // sealed tenders: while the notice is open its buyer learns how many arrived, never what they say
        boolean open = notice.status() == OpportunityStatus.OPEN;
        ResponsesReceived received = open
                ? ApiCalls.read(() -> opportunities.responsesReceived(authorization, id)) : null;
        // a draft or planned notice takes no responses
        List<ResponseView> responses = open || notice.status() == OpportunityStatus.DRAFT
                || notice.status() == OpportunityStatus.PLANNED ? List.of()
                : ApiCalls.read(() -> opportunities.responses(authorization, id));
        // tenders are scored against the award criteria after the deadline
        boolean scored = notice.procurement() != null && notice.procurement().awardCriteria() != null
                && !notice.procurement().awardCriteria().isEmpty() && (notice.status() == OpportunityStatus.CLOSED
                        || notice.status() == OpportunityStatus.AWARDED);
        List<AssessmentView> assessments = scored
                ? ApiCalls.read(() -> opportunities.assessments(authorization, id)) : List.of();
        ChallengeStage stage = notice.challengeStage();
        ChallengeStage[] stages = ChallengeStage.values();
        ChallengeStage nextStage = stage != null && stage.ordinal() + 1 < stages.length ? stages[stage.ordinal() + 1]
                : null;
        // a supplier may challenge the award, which suspends the contract until its outcome: none can be open once
        // the contract is entered
        long openChallenges = notice.status() == OpportunityStatus.AWARDED && notice.procurement() != null
                && notice.procurement().contract() == null
                ? ApiCalls.read(() -> opportunities.awardChallenges(authorization, id)).stream()
                        .filter(c -> c.outcome() == null).count() : 0;
        return Pages.show(Templates.buyerNotice(notice, questions, responses, received, assessments, nextStage,
                openChallenges, typed, errors));
    }
}
