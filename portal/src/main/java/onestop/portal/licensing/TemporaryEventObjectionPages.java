package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.LicensingClient;
import onestop.licensing.api.NewObjection;
import onestop.licensing.api.NoticeForObjection;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The police's and environmental health's side of temporary event notices: the notices they may still object to,
 * and an objection with its reasons (Licensing Act 2003 s.104). Anyone else sees "Page not found".
 */
@Path("/authority/temporary-event-notices")
@Produces(MediaType.TEXT_HTML)
public class TemporaryEventObjectionPages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/authority", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance notices(List<NoticeForObjection> notices, String objected);

        static native TemplateInstance notice(NoticeForObjection notice, String reasons, List<FormError> errors);
    }

    @Inject
    LicensingCalls licensing;

    @Inject
    LicensingClient client;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response notices(@QueryParam("objected") String objected) {
        authority();
        return page(Templates.notices(open(), objected));
    }

    @GET
    @Path("{id}")
    public Response notice(@PathParam("id") UUID id) {
        authority();
        return page(Templates.notice(find(id), "", List.of()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        authority();
        String reasons = text(form, "reasons");
        try {
            ApiCalls.read(() -> client.object(licensing.authorization(), id, new NewObjection(reasons)));
        } catch (ApiCalls.Refused refused) {
            List<FormError> errors = Refusals.of(refused, "reasons", f -> "Reasons").stream()
                    .map(e -> new FormError("reasons", e.required() ? "Enter the reasons for objecting" : e.message(),
                            e.code()))
                    .toList();
            NoticeForObjection notice = open().stream().filter(n -> n.applicationId().equals(id)).findFirst()
                    .orElse(null);
            if (notice == null) {
                // the time to object ran out while the form was open
                return page(Templates.notices(open(), null));
            }
            return page(Templates.notice(notice, reasons, errors));
        }
        return seeOther("/authority/temporary-event-notices?objected=" + id);
    }

    /** Only the police and environmental health object; the page does not exist for anyone else. */
    private void authority() {
        var roles = visitor.required().account().roles();
        if (!roles.contains(Roles.POLICE) && !roles.contains(Roles.ENVIRONMENTAL_HEALTH)) {
            throw new NotFoundException();
        }
    }

    private List<NoticeForObjection> open() {
        return ApiCalls.read(() -> client.noticesOpenToObjection(licensing.authorization()));
    }

    private NoticeForObjection find(UUID id) {
        return open().stream().filter(n -> n.applicationId().equals(id)).findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
