package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.page;
import static onestop.portal.licensing.ApplicationForms.refused;
import static onestop.portal.licensing.ApplicationForms.seeOther;
import static onestop.portal.licensing.ApplicationForms.text;

import java.util.LinkedHashMap;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.portal.FormError;
import onestop.portal.Pagination;
import onestop.portal.PortalServices;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/** "Your licences": the holder's licences, one licence with its conditions, surrender, and renew. */
@Path("/licences")
@Produces(MediaType.TEXT_HTML)
public class LicencePages {

    @Inject
    LicensingCalls licensing;

    @Inject
    PortalVisitor visitor;

    @Inject
    @Location("portal/licensing/licences")
    Template list;

    @Inject
    @Location("portal/licensing/licence")
    Template licence;

    @Inject
    @Location("portal/licensing/surrender")
    Template surrender;

    @GET
    public Response licences(@QueryParam("page") Integer page) {
        visitor.requiredRole(Roles.BUSINESS);
        Map<String, Object> result = licensing.get("/licences", LicensingCalls.page(page)).body();
        return page(list.data("result", result).data("types", licensing.typeNames())
                .data("pages", Pagination.of(result, "/licences", List.of())));
    }

    @GET
    @Path("{id}")
    public Response licence(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        PortalServices.Answer answer = licensing.get("/licences/" + id);
        return page(licence.data("licence", answer.body()).data("type", licensing.type(answer.body().get("licenceTypeCode")))
                .data("errors", List.of()));
    }

    @GET
    @Path("{id}/surrender")
    public Response surrenderPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUSINESS);
        PortalServices.Answer answer = licensing.get("/licences/" + id);
        return page(surrender.data("licence", answer.body()).data("version", answer.etag()).data("errors", List.of()));
    }

    @POST
    @Path("{id}/surrender")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response surrender(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        PortalServices.Answer done = licensing.send("POST", "/licences/" + id + "/surrender", null, text(form, "version"));
        if (done.ok()) {
            return seeOther("/licences/" + id);
        }
        PortalServices.Answer answer = licensing.get("/licences/" + id);
        return refused(surrender.data("licence", answer.body()).data("version", answer.etag()),
                Refusals.of(done, "surrender", f -> f));
    }

    /** Starts a renewal: a draft the service pre-fills from the licence, then the same task list. */
    @POST
    @Path("{id}/renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response renew(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        visitor.checkForm(form.getFirst("csrf"));
        Map<String, Object> held = licensing.get("/licences/" + id).body();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("licenceTypeCode", held.get("licenceTypeCode"));
        draft.put("kind", "RENEWAL");
        draft.put("licenceId", id.toString());
        PortalServices.Answer made = licensing.send("POST", "/applications", draft, null);
        if (!made.ok()) {
            // against the licence's status: the form has no field, and its button is there only while it is active
            return refused(licence.data("licence", held).data("type", licensing.type(held.get("licenceTypeCode"))),
                    Refusals.of(made, "status", f -> f).stream()
                            .map(e -> new FormError("status", e.message())).toList());
        }
        return seeOther("/applications/" + made.body().get("id"));
    }
}
