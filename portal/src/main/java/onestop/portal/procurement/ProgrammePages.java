package onestop.portal.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.CascadeClient;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.ProgrammeRequest;
import onestop.opportunities.api.ProgrammeView;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;

/**
 * Programmes: the public list and landing page (every contract and subcontract, the local and SME shares, the
 * feed); a buyer creates one and adds its own procurements to it from the landing page.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ProgrammePages {

    /** A programme as typed. */
    public record ProgrammeForm(String name, String description) {
    }

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance programmes(List<ProgrammeView.Summary> programmes);

        /** @param addable the viewing buyer's own procurements not in it yet, when the programme is theirs; else null */
        static native TemplateInstance programme(ProgrammeView programme, List<NoticeView> addable,
                List<FormError> errors);

        static native TemplateInstance newProgramme(ProgrammeForm form, List<FormError> errors);
    }

    @Inject
    CascadeClient cascade;

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    @Path("programmes")
    public Response list() {
        return Pages.show(Templates.programmes(ApiCalls.read(() -> cascade.programmes())));
    }

    @GET
    @Path("programmes/{id}")
    public Response programme(@PathParam("id") UUID id) {
        ProgrammeView p = ApiCalls.read(() -> cascade.programme(id));
        return Pages.show(Templates.programme(p, addable(p), List.of()));
    }

    @POST
    @Path("programmes/{id}/procurements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        UUID notice = Pages.idOrNull(Pages.field(posted, "opportunityId"));
        List<FormError> errors = new ArrayList<>();
        if (notice == null) {
            errors.add(new FormError("opportunityId", "Select a procurement to add"));
        } else {
            try {
                ApiCalls.read(() -> cascade.addToProgramme(calls.authorization(), id, notice));
                return Pages.seeOther("/programmes/" + id);
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.errors(refused, "opportunityId", field -> "opportunityId"));
            }
        }
        ProgrammeView p = ApiCalls.read(() -> cascade.programme(id));
        return Pages.show(Templates.programme(p, addable(p), errors));
    }

    @GET
    @Path("buyer/programmes/new")
    public Response newProgramme() {
        visitor.requiredRole(Roles.BUYER);
        return Pages.show(Templates.newProgramme(new ProgrammeForm("", ""), List.of()));
    }

    @POST
    @Path("buyer/programmes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUYER);
        ProgrammeForm form = new ProgrammeForm(Pages.field(posted, "name"), Pages.field(posted, "description"));
        try {
            ProgrammeView p = ApiCalls.read(() -> cascade.createProgramme(calls.authorization(),
                    new ProgrammeRequest(Pages.nullIfBlank(form.name()), Pages.nullIfBlank(form.description()))));
            return Pages.seeOther("/programmes/" + p.id());
        } catch (ApiCalls.Refused refused) {
            return Pages.show(Templates.newProgramme(form, Refusals.of(refused, "name", field -> field,
                    Map.of("name", "the programme's name", "description", "what the programme is for"))));
        }
    }

    /**
     * The signed-in buyer's own procurements (not subcontracts, not cancelled) outside the programme, when the
     * programme is its organisation's (its notices name the same buyer); null for anyone else.
     */
    private List<NoticeView> addable(ProgrammeView p) {
        if (!visitor.viewer().buyer()) {
            return null;
        }
        List<NoticeView> mine = ApiCalls.read(() -> opportunities.myNotices(calls.authorization(), 0, 100)).items();
        if (mine.stream().noneMatch(n -> n.buyer().equalsIgnoreCase(p.buyer()))) {
            return null;
        }
        Set<UUID> in = p.contracts().stream().map(ProgrammeView.Entry::id).collect(Collectors.toSet());
        return mine.stream().filter(n -> !in.contains(n.id()) && n.parentOpportunityId() == null
                && !n.status().name().equals("CANCELLED")).toList();
    }
}
