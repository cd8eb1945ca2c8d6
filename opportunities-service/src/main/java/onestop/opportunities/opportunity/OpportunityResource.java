package onestop.opportunities.opportunity;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/** Published opportunities, open to everyone. */
@Path("/api/opportunities/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class OpportunityResource {

    @GET
    public PageView<OpportunitySummary> search(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        var query = Opportunity.find("status", Sort.ascending("closingAt"), Opportunity.Status.OPEN);
        long total = query.count();
        var items = query.page(Page.of(paging.page(), paging.size())).<Opportunity>list().stream()
                .map(OpportunitySummary::of).toList();
        return new PageView<>(items, paging.page(), paging.size(), total);
    }
}
