package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.ConsultationView;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.LicensingObjective;
import onestop.licensing.api.PublicRequests;
import onestop.licensing.api.RepresentationView;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;

/**
 * A responsible authority's staff (police, environmental health, ...), signed in, make their representation on an
 * application under consultation and see the ones their authority has made. Anyone else: "Page not found".
 */
@Path("/authority/applications/{id}/representations")
@Produces(MediaType.TEXT_HTML)
public class AuthorityPages {

    @CheckedTemplate(basePath = "portal/licensing", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance authorityRepresentation(ConsultationView consultation,
                List<RepresentationView> made, List<LicensingObjective> objectives, List<String> chosen,
                String grounds, List<FormError> errors);
    }

    @Inject
    LicensingClient licensing;

    @Inject
    LicensingCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response form(@PathParam("id") UUID id) {
        authority();
        return page(show(id, List.of(), "", List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response represent(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        authority();
        List<String> chosen = posted.get("objectives") == null ? List.of() : posted.get("objectives");
        String grounds = text(posted, "grounds");
        List<FormError> errors = new ArrayList<>();
        if (chosen.isEmpty()) {
            errors.add(new FormError("objectives", "Select the licensing objectives it concerns", "required"));
        }
        if (grounds.isEmpty()) {
            errors.add(new FormError("grounds", "Enter your representation", "required"));
        }
        if (errors.isEmpty()) {
            try {
                List<LicensingObjective> objectives = chosen.stream().map(LicensingObjective::valueOf).toList();
                ApiCalls.read(() -> licensing.representAsAuthority(calls.authorization(), id,
                        new PublicRequests.AuthorityRepresentation(objectives, grounds)));
                return seeOther("/authority/applications/" + id + "/representations");
            } catch (ApiCalls.Refused refused) {
                errors.addAll(refused.errors("grounds").stream().map(e -> new FormError(
                        e.field() != null && e.field().contains("objectives") ? "objectives" : "grounds",
                        e.message(), e.code())).toList());
            } catch (IllegalArgumentException unknown) {
                errors.add(new FormError("objectives", "Select the licensing objectives it concerns", "required"));
            }
        }
        return Response.status(400).entity(show(id, chosen, grounds, errors).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private TemplateInstance show(UUID id, List<String> chosen, String grounds, List<FormError> errors) {
        ConsultationView consultation = ApiCalls.read(() -> licensing.consultation(id));
        List<RepresentationView> made = ApiCalls.read(() -> licensing.representations(calls.authorization(), id));
        return Templates.authorityRepresentation(consultation, made, List.of(LicensingObjective.values()), chosen,
                grounds, errors);
    }

    /** The caller's authority role; anyone without one sees "Page not found". */
    private String authority() {
        return visitor.required().account().roles().stream().filter(Roles.RESPONSIBLE_AUTHORITIES::contains)
                .findFirst().orElseThrow(NotFoundException::new);
    }
}
