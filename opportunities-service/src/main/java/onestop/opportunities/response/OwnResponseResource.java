package onestop.opportunities.response;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import onestop.opportunities.api.OwnResponse;
import onestop.opportunities.opportunity.Opportunity;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;
import onestop.platform.web.PageRequest;
import onestop.platform.web.QueryParams;
import onestop.platform.web.PageView;

/** The calling business's own responses across every notice, newest first (no other supplier's). */
@Path("/api/opportunities/suppliers/me/responses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BUSINESS)
public class OwnResponseResource {

    @Inject
    Caller caller;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<OwnResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = QueryParams.page(page, size);
        var query = SupplierResponse.<SupplierResponse>find("businessId = ?1 order by submittedAt desc, id",
                caller.requireBusinessId());
        List<SupplierResponse> responses = query.page(paging.page(), paging.size()).list();
        List<UUID> ids = responses.stream().map(r -> r.opportunityId).distinct().toList();
        Map<UUID, Opportunity> notices = ids.isEmpty() ? Map.of()
                : Opportunity.<Opportunity>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<OwnResponse> items = responses.stream().map(r -> of(r, notices.get(r.opportunityId))).toList();
        return new PageView<>(items, paging.page(), paging.size(), query.count());
    }

    // the outcome for this supplier, from the notice's state
    private static OwnResponse of(SupplierResponse r, Opportunity o) {
        OwnResponse.Outcome outcome = switch (o.status) {
            case AWARDED -> r.id.equals(o.awardedResponseId) ? OwnResponse.Outcome.AWARDED
                    : OwnResponse.Outcome.NOT_AWARDED;
            case CANCELLED -> OwnResponse.Outcome.CANCELLED;
            default -> OwnResponse.Outcome.PENDING;
        };
        return new OwnResponse(r.id, r.reference, r.pricePence, r.submittedAt, r.updatedAt, o.id, o.reference,
                o.title, o.buyer, o.status, o.closingAt, outcome);
    }
}
