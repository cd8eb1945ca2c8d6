package onestop.portal;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ConsultationPage;
import onestop.licensing.api.ConsultationView;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.LicensingObjective;
import onestop.licensing.api.PublicRequests;
import onestop.portal.session.PortalCookies;
import onestop.portal.session.PortalSessions;

/**
 * Applications under consultation, for anyone: find them by postcode district or sector and type, read one, and
 * make a representation, which counts once the emailed link is confirmed ({@link PublicLinkPages}).
 */
@Path("/licensing/consultations")
@Produces(MediaType.TEXT_HTML)
public class ConsultationPages {

    /** A representation as typed, kept when the page is shown again with errors. */
    public record RepresentationForm(String name, String email, String address, List<String> objectives,
            String grounds) {

        static RepresentationForm from(MultivaluedMap<String, String> form) {
            List<String> objectives = form.get("objectives") == null ? List.of() : form.get("objectives");
            return new RepresentationForm(text(form.getFirst("name")), text(form.getFirst("email")),
                    text(form.getFirst("address")), objectives, text(form.getFirst("grounds")));
        }

        static RepresentationForm empty() {
            return new RepresentationForm("", "", "", List.of(), "");
        }

        public boolean concerns(String objective) {
            return objectives.contains(objective);
        }
    }

    @CheckedTemplate(basePath = "portal/consultations", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance consultations(String postcode, String type, List<LicenceTypeView> types,
                List<FormError> errors, ConsultationPage result, Pagination pages);

        static native TemplateInstance consultation(ConsultationView consultation, boolean open, String csrf,
                RepresentationForm form, List<LicensingObjective> objectives, List<FormError> errors);

        static native TemplateInstance representationSent(ConsultationView consultation, String email);
    }

    @Inject
    LicensingClient licensing;

    @Context
    UriInfo uri;

    @GET
    public TemplateInstance list(@QueryParam("postcode") String postcode,
            @QueryParam("licenceTypeCode") String type, @QueryParam("page") Integer page) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (nullIfBlank(postcode) != null) {
            query.add(new SimpleEntry<>("postcode", postcode.trim()));
        }
        if (nullIfBlank(type) != null) {
            query.add(new SimpleEntry<>("licenceTypeCode", type.trim()));
        }
        List<LicenceTypeView> types = ApiCalls.read(licensing::licenceTypes);
        try {
            ConsultationPage result = ApiCalls.read(() -> licensing.consultations(nullIfBlank(postcode),
                    nullIfBlank(type), page == null || page < 0 ? null : page));
            return Templates.consultations(postcode, type, types, List.of(), result,
                    Pagination.of(result.page(), result.size(), result.total(), "/licensing/consultations", query));
        } catch (ApiCalls.Refused refused) {
            // the API names the parameter; a refusal of the postcode is said the GOV.UK way
            List<FormError> errors = refused.errors("postcode").stream().map(e -> "postcode".equals(e.field())
                    ? new FormError("postcode", "Enter a postcode district like B1 or a sector like B1 1", e.code())
                    : e).toList();
            return Templates.consultations(postcode, type, types, errors, null, null);
        }
    }

    @GET
    @Path("{id}")
    public Response page(@PathParam("id") UUID id, @CookieParam(PortalCookies.CSRF) String csrf) {
        String fresh = AnonymousForms.csrfOrNew(csrf);
        return show(id, fresh, RepresentationForm.empty(), List.of(), 200);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response represent(@PathParam("id") UUID id, MultivaluedMap<String, String> posted,
            @CookieParam(PortalCookies.CSRF) String cookieCsrf) {
        String fresh = AnonymousForms.csrfOrNew(cookieCsrf);
        RepresentationForm form = RepresentationForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        if (!PortalSessions.same(cookieCsrf, posted.getFirst("csrf"))) {
            errors.add(new FormError("name", "Your form expired. Check your answers and send them again", null));
        } else {
            errors.addAll(missing(form));
        }
        if (errors.isEmpty()) {
            try {
                List<LicensingObjective> objectives = form.objectives().stream().map(LicensingObjective::valueOf)
                        .toList();
                ApiCalls.read(() -> licensing.representPublicly(id, new PublicRequests.Representation(form.name(),
                        form.email(), form.address(), objectives, form.grounds())));
                ConsultationView consultation = ApiCalls.read(() -> licensing.consultation(id));
                return AnonymousForms.page(Templates.representationSent(consultation, form.email()), 200, fresh, uri);
            } catch (ApiCalls.Refused refused) {
                errors.addAll(refused.errors("grounds").stream().map(ConsultationPages::onTheForm).toList());
            } catch (IllegalArgumentException unknownObjective) {
                errors.add(new FormError("objectives", "Select the licensing objectives it concerns", "required"));
            }
        }
        return show(id, fresh, form, errors, 400);
    }

    private Response show(UUID id, String csrf, RepresentationForm form, List<FormError> errors, int status) {
        ConsultationView consultation = ApiCalls.read(() -> licensing.consultation(id));
        boolean open = consultation.representationsUntil().isAfter(java.time.Instant.now());
        return AnonymousForms.page(Templates.consultation(consultation, open, csrf, form,
                List.of(LicensingObjective.values()), errors), errors.isEmpty() ? 200 : status, csrf, uri);
    }

    private static List<FormError> missing(RepresentationForm form) {
        List<FormError> errors = new ArrayList<>();
        if (form.name().isEmpty()) {
            errors.add(new FormError("name", "Enter your full name", "required"));
        }
        if (form.email().isEmpty() || !form.email().contains("@") || form.email().length() > 254) {
            errors.add(new FormError("email", "Enter an email address in the correct format, like name@example.com",
                    "pattern"));
        }
        if (form.address().isEmpty()) {
            errors.add(new FormError("address", "Enter your address", "required"));
        }
        if (form.objectives().isEmpty()) {
            errors.add(new FormError("objectives", "Select the licensing objectives it concerns", "required"));
        }
        if (form.grounds().isEmpty()) {
            errors.add(new FormError("grounds", "Enter your representation", "required"));
        }
        return errors;
    }

    /** An API field error against the form's own field (its last path segment), the rest against the grounds. */
    private static FormError onTheForm(FormError error) {
        String field = error.field() == null ? "grounds" : error.field().replaceAll(".*\\.", "").replaceAll("\\[.*", "");
        List<String> fields = List.of("name", "email", "address", "objectives", "grounds");
        return new FormError(fields.contains(field) ? field : "grounds", error.message(), error.code());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String nullIfBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
