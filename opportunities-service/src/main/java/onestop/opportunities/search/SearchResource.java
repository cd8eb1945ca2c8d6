package onestop.opportunities.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import onestop.opportunities.api.SearchPage;
import onestop.opportunities.api.SearchParams;
import onestop.platform.web.QueryParams;

/** The public search of published notices, as JSON with facets, or the same hits as CSV. */
@Path("/api/opportunities/opportunities")
public class SearchResource {

    @Inject
    SearchService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SearchPage search(@BeanParam SearchParams params, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return service.search(SearchCriteria.from(params), QueryParams.page(page, size));
    }
}
