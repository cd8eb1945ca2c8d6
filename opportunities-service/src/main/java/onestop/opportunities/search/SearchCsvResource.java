package onestop.opportunities.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import onestop.opportunities.api.SearchParams;
import onestop.platform.web.QueryParams;

/** The public search as CSV: exactly the hits of the same search (same parameters, order and page). */
@Path("/api/opportunities/opportunities.csv")
public class SearchCsvResource {

    @Inject
    SearchService service;

    @GET
    @Produces("text/csv")
    public Response csv(@BeanParam SearchParams params, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String csv = SearchCsv.of(service.hits(SearchCriteria.from(params), QueryParams.page(page, size)));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"opportunities.csv\"").build();
    }
}
