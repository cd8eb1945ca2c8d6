package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.ifMatch;
import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ApplicationChanges;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.DocumentView;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.Premises;
import onestop.portal.ApiCalls;
import onestop.portal.ChosenFile;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;

/**
 * The tasks of an application the applicant can still change: premises, details (asked as the licence type's
 * schema says), documents, and check your answers with submit (the fee: {@link PaymentPages}). Each saves to the
 * service at once, so "save and come back later" is simply leaving. {@code ?check=true} shows what the service says is still missing.
 */
@Path("/applications")
@Produces(MediaType.TEXT_HTML)
public class SectionPages {

    /** The task pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        /** Also the first page of applying, before there is an application ({@code app} null). */
        static native TemplateInstance premises(ApplicationView app, LicenceTypeView type, String action,
                Premises premises, String version, List<FormError> errors, AddressFinder.Found found);

        static native TemplateInstance details(ApplicationView app, LicenceTypeView type, String version,
                List<DetailsForm.Question> questions, List<FormError> errors);

        static native TemplateInstance documents(ApplicationView app, LicenceTypeView type,
                List<DocumentView> uploaded, List<FormError> errors);

        static native TemplateInstance check(ApplicationView app, LicenceTypeView type, String version,
                List<DetailsForm.Question> questions, List<DocumentView> documents, List<Tasks.Lacking> lacking);
    }

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @Inject
    AddressFinder addresses;

    @GET
    @Path("{id}/premises")
    public Response premisesPage(@PathParam("id") UUID id, @QueryParam("check") boolean showMissing,
            @QueryParam("lookup") String lookup) {
        visitor.required();
        ApplicationView app = editable(id);
        ApplicationView.Premises given = app.premises();
        Premises premises = given == null ? ApplicationForms.premises(new MultivaluedHashMap<>())
                : new Premises(given.name(), given.addressLine1(), given.town(), given.postcode(), given.uprn());
        AddressFinder.Found found = addresses.find(lookup);
        return page(Templates.premises(app, licensing.licenceType(app.licenceTypeCode()), premisesAction(id), premises,
                String.valueOf(app.version()), AddressFinder.errors(found,
                        showMissing ? Refusals.missing(app, "premises.", Refusals::premisesLabel) : List.of()),
                found));
    }

    @POST
    @Path("{id}/premises")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePremises(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        Premises typed = addresses.chosen(form, ApplicationForms.premises(form));
        try {
            ApiCalls.read(() -> client.edit(licensing.authorization(), id, ifMatch(form),
                    new ApplicationChanges(typed, null, null)));
        } catch (ApiCalls.Refused refused) {
            ApplicationView app = editable(id);
            return page(Templates.premises(app, licensing.licenceType(app.licenceTypeCode()), premisesAction(id),
                    typed, text(form, "version"), Refusals.of(refused, "name", Refusals::premisesLabel), null));
        }
        return next(id, "premises.", "premises");
    }

    @GET
    @Path("{id}/details")
    public Response detailsPage(@PathParam("id") UUID id, @QueryParam("check") boolean showMissing) {
        visitor.required();
        ApplicationView app = editable(id);
        LicenceTypeView type = licensing.licenceType(app.licenceTypeCode());
        DetailsForm form = licensing.detailsForm(type);
        return page(Templates.details(app, type, String.valueOf(app.version()),
                form.questions(licensing.answers(app.details())),
                showMissing ? Refusals.missing(app, "details", form::label) : List.of()));
    }

    @POST
    @Path("{id}/details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDetails(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        ApplicationView app = editable(id);
        LicenceTypeView type = licensing.licenceType(app.licenceTypeCode());
        DetailsForm questions = licensing.detailsForm(type);
        Map<String, Object> typed = questions.read(form);
        try {
            ApiCalls.read(() -> client.edit(licensing.authorization(), id, ifMatch(form),
                    new ApplicationChanges(null, licensing.details(typed), null)));
        } catch (ApiCalls.Refused refused) {
            return page(Templates.details(app, type, text(form, "version"), questions.questions(typed),
                    Refusals.of(refused, firstId(questions), questions::label)));
        }
        return next(id, "details", "details");
    }

    @GET
    @Path("{id}/documents")
    public Response documentsPage(@PathParam("id") UUID id, @QueryParam("check") boolean showMissing) {
        visitor.required();
        ApplicationView app = editable(id);
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
        ApplicationView app = editable(id);
        String field = "file-" + type;
        // browsers send an empty part when no file was chosen
        if (!ChosenFile.isChosen(file)) {
            return documentsPage(app, List.of(new FormError(field, "Select a file to upload")));
        }
        try {
            ApiCalls.read(() -> client.upload(licensing.authorization(), id, type, file));
        } catch (ApiCalls.Refused refused) {
            return documentsPage(app, List.of(new FormError(field, uploadRefusal(refused))));
        }
        return seeOther("/applications/" + id + "/documents");
    }

    @GET
    @Path("{id}/check")
    public Response checkPage(@PathParam("id") UUID id) {
        visitor.required();
        return page(checkAnswers(editable(id), List.of()));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        try {
            ApiCalls.read(() -> client.submit(licensing.authorization(), id, ifMatch(form)));
            return seeOther("/applications/" + id + "/submitted");
        } catch (ApiCalls.Refused refused) {
            ApplicationView app = licensing.application(id);
            List<Tasks.Lacking> lacking = new ArrayList<>();
            for (FormError error : Refusals.of(refused, "submit", licensing.labels(app.licenceTypeCode()))) {
                lacking.add(new Tasks.Lacking(hrefOfId(id, error.field()), error.message()));
            }
            return page(checkAnswers(app, lacking));
        }
    }

    private TemplateInstance checkAnswers(ApplicationView app, List<Tasks.Lacking> lacking) {
        LicenceTypeView type = licensing.licenceType(app.licenceTypeCode());
        return Templates.check(app, type, String.valueOf(app.version()), licensing.questions(type, app.details()),
                ApiCalls.read(() -> client.documents(licensing.authorization(), app.id())), lacking);
    }

    private Response documentsPage(ApplicationView app, List<FormError> errors) {
        return page(Templates.documents(app, licensing.licenceType(app.licenceTypeCode()),
                ApiCalls.read(() -> client.documents(licensing.authorization(), app.id())), errors));
    }

    /** After a task is saved: on to the task list, or the same task again with what is still missing. */
    private Response next(UUID id, String prefix, String task) {
        boolean lacking = !Refusals.missing(licensing.application(id), prefix, f -> f).isEmpty();
        return seeOther("/applications/" + id + (lacking ? "/" + task + "?check=true" : ""));
    }

    /** The application, if its owner may still change it; otherwise its page has nothing to edit here. */
    private ApplicationView editable(UUID id) {
        ApplicationView app = licensing.application(id);
        if (app.allowedActions() == null || !app.allowedActions().contains("EDIT")) {
            throw new NotFoundException();
        }
        return app;
    }

    private static String premisesAction(UUID id) {
        return "/applications/" + id + "/premises";
    }

    private static String uploadRefusal(ApiCalls.Refused refused) {
        return switch (refused.problem().status()) {
            case 413 -> "The selected file must be smaller than 10MB";
            case 415 -> "The selected file must be a PDF, PNG or JPEG";
            default -> refused.errors("file").get(0).message();
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
}
