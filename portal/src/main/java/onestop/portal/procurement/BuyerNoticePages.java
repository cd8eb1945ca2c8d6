package onestop.portal.procurement;

import java.util.ArrayList;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.opportunities.api.CancelRequest;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.NoticePage;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.Pagination;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/** A buyer's notices: the list (drafts included), a new notice, editing a draft, cancelling with a reason. */
@Path("/buyer/notices")
@Produces(MediaType.TEXT_HTML)
public class BuyerNoticePages {

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance notices(NoticePage result, Pagination pages);

        static native TemplateInstance noticeForm(UUID id, NoticeForm form, List<String> types, List<String> themes,
                List<LicenceTypeView> licenceTypes, List<FormError> errors);

        static native TemplateInstance cancelNotice(NoticeView notice, String reason, List<FormError> errors);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    LicensingClient licensing;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response list(@QueryParam("page") Integer page) {
        visitor.requiredRole(Roles.BUYER);
        int current = page == null || page < 0 ? 0 : page;
        NoticePage mine = ApiCalls.read(() -> opportunities.myNotices(calls.authorization(), current, 20));
        return Pages.show(Templates.notices(mine,
                Pagination.of(mine.page(), mine.size(), mine.total(), "/buyer/notices", List.of())));
    }

    @GET
    @Path("new")
    public Response newPage() {
        visitor.requiredRole(Roles.BUYER);
        return form(null, new NoticeForm(), List.of());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        return save(null, posted);
    }

    @GET
    @Path("{id}/edit")
    public Response editPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return form(id, NoticeForm.of(read(id)), List.of());
    }

    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        return save(id, posted);
    }

    /** A new draft ({@code id} null) or a change to one; the draft's page when it worked, else the form again. */
    private Response save(UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        NoticeForm typed = NoticeForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        NoticeFields fields = typed.toFields(errors);
        if (errors.isEmpty()) {
            String authorization = calls.authorization();
            try {
                NoticeView saved = ApiCalls.read(() -> id == null ? opportunities.draft(authorization, fields)
                        : opportunities.revise(authorization, id, Pages.nullIfBlank(typed.version), fields));
                return Pages.seeOther("/buyer/notices/" + saved.id());
            } catch (ApiCalls.Refused refused) {
                if (refused.problem().status() == 412) {
                    errors.add(new FormError("title", "Someone else changed this notice since you opened it. "
                            + "Open it again to see their changes, then make yours"));
                } else {
                    Refusals.of(refused, "title", NoticeForm::fieldId, NoticeForm.WHAT_TO_ENTER)
                            .forEach(e -> errors.add(new FormError(e.field(), NoticeForm.inWords(e.message()))));
                }
            }
        }
        return form(id, typed, errors);
    }

    @GET
    @Path("{id}/cancel")
    public Response cancelPage(@PathParam("id") UUID id) {
        visitor.requiredRole(Roles.BUYER);
        return Pages.show(Templates.cancelNotice(read(id), "", List.of()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        String reason = Pages.field(posted, "reason");
        try {
            ApiCalls.read(() -> opportunities.cancel(calls.authorization(), id, new CancelRequest(reason)));
            return Pages.seeOther("/buyer/notices/" + id);
        } catch (ApiCalls.Refused refused) {
            return Pages.show(Templates.cancelNotice(read(id), reason, Refusals.of(refused, "reason",
                    field -> "reason", Map.of("reason", "why you are cancelling this notice"))));
        }
    }

    private Response form(UUID id, NoticeForm form, List<FormError> errors) {
        List<LicenceTypeView> licenceTypes = ApiCalls.read(() -> licensing.licenceTypes());
        return Pages.show(Templates.noticeForm(id, form, NoticeForm.TYPES, ResponseForm.THEMES, licenceTypes, errors));
    }

    private NoticeView read(UUID id) {
        return ApiCalls.read(() -> opportunities.notice(calls.authorization(), id));
    }
}
