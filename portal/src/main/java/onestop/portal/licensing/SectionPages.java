package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.refused;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import onestop.portal.ChosenFile;
import onestop.portal.FormError;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;

/**
 * The tasks of an application the applicant can still change: premises, details (asked as the licence type's
 * schema says), documents, the fee, and check your answers with submit. Each saves to the service at once, so
 * "save and come back later" is simply leaving. {@code ?check=true} shows what the service says is still missing.
 */
@Path("/applications")
@Produces(MediaType.TEXT_HTML)
public class SectionPages {

    @Inject
    LicensingCalls licensing;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/licensing/premises")
    Template premises;

    @Inject
    @Location("portal/licensing/details")
    Template details;

    @Inject
    @Location("portal/licensing/documents")
    Template documents;

    @Inject
    @Location("portal/licensing/pay")
    Template pay;

    @Inject
    @Location("portal/licensing/check")
    Template check;

    @GET
    @Path("{id}/premises")
    public Response premisesPage(@PathParam("id") UUID id, @QueryParam("check") boolean showMissing) {
        visitor.required();
        PortalServices.Answer answer = editable(id);
        Map<String, Object> app = answer.body();
        return page(premises.data("app", app).data("action", "/applications/" + id + "/premises")
                .data("premises", app.get("premises") instanceof Map<?, ?> given ? given
                        : ApplicationForms.premises(new MultivaluedHashMap<>()))
                .data("version", answer.etag())
                .data("type", licensing.type(app.get("licenceTypeCode")))
                .data("errors", showMissing ? Refusals.missing(app, "premises.", Refusals::premisesLabel) : List.of()));
    }

    @POST
    @Path("{id}/premises")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePremises(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        Map<String, Object> typed = ApplicationForms.premises(form);
        PortalServices.Answer saved = licensing.send("PATCH", "/applications/" + id, Map.of("premises", typed),
                text(form, "version"));
        if (!saved.ok()) {
            Map<String, Object> app = editable(id).body();
            return refused(premises.data("app", app).data("action", "/applications/" + id + "/premises")
                    .data("premises", typed).data("version", text(form, "version"))
                    .data("type", licensing.type(app.get("licenceTypeCode"))),
                    Refusals.of(saved, "name", Refusals::premisesLabel));
        }
        return next(id, "premises.", "premises");
    }

    @GET
    @Path("{id}/details")
    public Response detailsPage(@PathParam("id") UUID id, @QueryParam("check") boolean showMissing) {
        visitor.required();
        PortalServices.Answer answer = editable(id);
        Map<String, Object> app = answer.body();
        Map<String, Object> type = licensing.type(app.get("licenceTypeCode"));
        DetailsForm form = form(type);
        return page(details.data("app", app).data("type", type).data("version", answer.etag())
                .data("questions", form.questions(map(app.get("details"))))
                .data("errors", showMissing ? Refusals.missing(app, "details", form::label) : List.of()));
    }

    @POST
    @Path("{id}/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDetails(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        Map<String, Object> app = editable(id).body();
        Map<String, Object> type = licensing.type(app.get("licenceTypeCode"));
        DetailsForm questions = form(type);
        Map<String, Object> typed = questions.read(form);
        PortalServices.Answer saved = licensing.send("PATCH", "/applications/" + id, Map.of("details", typed),
                text(form, "version"));
        if (!saved.ok()) {
            return refused(details.data("app", app).data("type", type).data("version", text(form, "version"))
                    .data("questions", questions.questions(typed)), Refusals.of(saved, firstId(questions), questions::label));
        }
        return next(id, "details", "details");
    }

    @GET
    @Path("{id}/documents")
    public Response documentsPage(@PathParam("id") UUID id, @QueryParam("check") boolean showMissing) {
        visitor.required();
        Map<String, Object> app = editable(id).body();
        return documentsPage(app, showMissing ? Refusals.missing(app, "documents.", f -> f) : List.of());
    }

    /** A document the business uploaded, to open again (the service checks it is theirs). */
    @GET
    @Path("{id}/documents/{documentId}")
    public Response document(@PathParam("id") UUID id, @PathParam("documentId") UUID documentId) {
        visitor.required();
        return licensing.document(id, documentId);
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @RestForm String csrf, @RestForm String type,
            @RestForm FileUpload file) {
        visitor.checkForm(csrf);
        Map<String, Object> app = editable(id).body();
        String field = "file-" + type;
        Optional<ChosenFile> chosen = ChosenFile.of(file);
        if (chosen.isEmpty()) {
            return documentsPage(app, List.of(new FormError(field, "Select a file to upload")));
        }
        PortalServices.Answer uploaded = licensing.user().upload(LicensingCalls.API + "/applications/" + id + "/documents?type=" + encode(type), chosen.get());
        if (!uploaded.ok()) {
            return documentsPage(app, List.of(new FormError(field, uploadRefusal(uploaded))));
        }
        return seeOther("/applications/" + id + "/documents");
    }

    @GET
    @Path("{id}/pay")
    public Response payPage(@PathParam("id") UUID id) {
        visitor.required();
        return page(pay.data("app", editable(id).body()).data("errors", List.of()));
    }

    @POST
    @Path("{id}/pay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        PortalServices.Answer paid = licensing.send("POST", "/applications/" + id + "/payment", null, null);
        if (!paid.ok()) {
            return refused(pay.data("app", editable(id).body()), Refusals.of(paid, "pay", f -> f));
        }
        return seeOther("/applications/" + id);
    }

    @GET
    @Path("{id}/check")
    public Response checkPage(@PathParam("id") UUID id) {
        visitor.required();
        PortalServices.Answer answer = editable(id);
        return page(checkAnswers(answer.body(), answer.etag(), List.of()));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        PortalServices.Answer submitted = licensing.send("POST", "/applications/" + id + "/submit", null,
                text(form, "version"));
        if (submitted.ok()) {
            return seeOther("/applications/" + id + "/submitted");
        }
        PortalServices.Answer answer = licensing.application(id);
        Map<String, Object> app = answer.body();
        List<Tasks.Lacking> lacking = new ArrayList<>();
        for (FormError error : Refusals.of(submitted, "submit", licensing.labels(app.get("licenceTypeCode")))) {
            lacking.add(new Tasks.Lacking(hrefOfId(id, error.field()), error.message()));
        }
        return page(checkAnswers(app, answer.etag(), lacking));
    }

    private TemplateInstance checkAnswers(Map<String, Object> app, String version, List<Tasks.Lacking> lacking) {
        Map<String, Object> type = licensing.type(app.get("licenceTypeCode"));
        return check.data("app", app).data("type", type).data("version", version)
                .data("questions", form(type).questions(map(app.get("details"))))
                .data("documents", licensing.get("/applications/" + app.get("id") + "/documents").list())
                .data("lacking", lacking);
    }

    private Response documentsPage(Map<String, Object> app, List<FormError> errors) {
        Map<String, Object> type = licensing.type(app.get("licenceTypeCode"));
        return page(documents.data("app", app).data("type", type)
                .data("uploaded", licensing.get("/applications/" + app.get("id") + "/documents").list())
                .data("errors", errors));
    }

    /** After a task is saved: on to the task list, or the same task again with what is still missing. */
    private Response next(UUID id, String prefix, String task) {
        Map<String, Object> app = licensing.application(id).body();
        boolean lacking = !Refusals.missing(app, prefix, f -> f).isEmpty();
        return seeOther("/applications/" + id + (lacking ? "/" + task + "?check=true" : ""));
    }

    /** The application, if its owner may still change it; otherwise its page has nothing to edit here. */
    private PortalServices.Answer editable(UUID id) {
        PortalServices.Answer answer = licensing.application(id);
        if (!(answer.body().get("allowedActions") instanceof List<?> actions) || !actions.contains("EDIT")) {
            throw new NotFoundException();
        }
        return answer;
    }

    private static String uploadRefusal(PortalServices.Answer answer) {
        return switch (answer.status()) {
            case 413 -> "The selected file must be smaller than 10MB";
            case 415 -> "The selected file must be a PDF, PNG or JPEG";
            default -> answer.errors("file", f -> f).get(0).message();
        };
    }

    private static String hrefOfId(UUID id, String fieldId) {
        String field = fieldId.startsWith("file-") ? "documents." : fieldId.startsWith("details") ? "details"
                : fieldId.equals("fee") ? "fee"
                : List.of("name", "addressLine1", "town", "postcode").contains(fieldId) ? "premises." : "";
        return Tasks.hrefOf(id, field);
    }

    private static String firstId(DetailsForm form) {
        List<DetailsForm.Question> questions = form.questions(Map.of());
        return questions.isEmpty() ? "details" : questions.get(0).id();
    }

    private static DetailsForm form(Map<String, Object> type) {
        return new DetailsForm(map(type.get("detailsSchema")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
