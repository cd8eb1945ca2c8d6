package onestop.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.CascadeClient;
import onestop.opportunities.api.OpportunitiesClient;
import onestop.opportunities.api.SupplyChain;
import onestop.opportunities.api.PublishedNotice;
import onestop.opportunities.api.ResponseView;
import onestop.opportunities.api.SearchPage;
import onestop.opportunities.api.SearchParams;
import onestop.platform.security.Roles;
import onestop.portal.session.PortalSessions;

/** "Find opportunities": the search with its filters, and a notice with its answers and award. */
@Path("/opportunities")
@Produces(MediaType.TEXT_HTML)
public class OpportunityPages {

    private static final int PAGE_SIZE = 20;

    /** The pages, type-checked against what they are given when the portal is built. */
    @CheckedTemplate(basePath = "portal", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance opportunities(OpportunitySearchForm form,
                List<Map.Entry<String, String>> filters, List<String> types, List<FormError> errors, SearchPage result,
                Pagination pages);

        static native TemplateInstance opportunity(NoticeView notice, ResponseView ownResponse,
                List<PublishedNotice> history, SupplyChain chain);
    }

    @Inject
    OpportunitiesClient opportunities;

    @Inject
    CascadeClient cascade;

    @Inject
    Clock clock;

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @GET
    public TemplateInstance search(@BeanParam OpportunitySearchForm form) {
        SearchParams search = form.toSearch(clock);
        List<FormError> errors = new ArrayList<>(form.errors());
        SearchPage result = null;
        if (errors.isEmpty()) {
            try {
                result = ApiCalls.read(() -> opportunities.search(search, form.page(), PAGE_SIZE));
            } catch (ApiCalls.Refused refused) {
                errors.addAll(onFilters(refused.errors("q")));
            }
        }
        return Templates.opportunities(form, form.asPageQuery(), OpportunitySearchForm.TYPES, errors, result,
                result == null ? null : Pagination.of(result.page(), result.size(), result.total(), "/opportunities",
                        form.asPageQuery()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance notice(@PathParam("id") UUID id) {
        NoticeView notice = ApiCalls.read(() -> opportunities.notice(null, id));
        // a signed-in supplier sees its own response to this notice, if it sent one
        List<ResponseView> own = visitor.signedIn().filter(user -> user.account().roles().contains(Roles.BUSINESS))
                .map(user -> ApiCalls.read(() -> opportunities.responses("Bearer " + sessions.accessToken(user), id)))
                .orElse(List.of());
        // the notices published under the Procurement Act, each version as Find a Tender has it
        List<PublishedNotice> history = ApiCalls.read(() -> opportunities.publishedNotices(null, id));
        // the cascade: the contract a subcontract is part of, the subcontracts of a contract, its programme
        SupplyChain chain = ApiCalls.read(() -> cascade.supplyChain(id));
        return Templates.opportunity(notice, own.isEmpty() ? null : own.get(0), history, chain);
    }

    /** The search API's own refusals (a bad CPV code, say), shown against the filter they concern. */
    static List<FormError> onFilters(List<FormError> refusals) {
        return refusals.stream().map(e -> new FormError(filterOf(e.field()), e.message(), e.code())).toList();
    }

    private static String filterOf(String field) {
        return field.startsWith("minValue") ? "minValue" : field.startsWith("maxValue") ? "maxValue"
                : field.startsWith("cpv") ? "cpv" : field.startsWith("q") ? "q" : field;
    }
}
