package onestop.opportunities.search;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import onestop.opportunities.api.SearchParams;
import onestop.platform.web.QueryParams;

/** The public search as CSV: every hit of the same search (same filters and order), streamed
 * from one index snapshot; {@code page}/{@code size} are deprecated here and still give that one page. */
@Path("/api/opportunities/opportunities.csv")
public class SearchCsvResource {

    @Inject
    SearchService service;

    @Inject
    IndexExport export;

    @GET
    @Produces("text/csv")
    public Response csv(@BeanParam SearchParams params, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        SearchCriteria criteria = SearchCriteria.from(params);
        Object body;
        if (page != null || size != null) { // deprecated for the CSV: one page, as before
            body = SearchCsv.of(service.hits(criteria, QueryParams.page(page, size)));
        } else {
            StreamingOutput all = out -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                export.csv(criteria, w);
                w.flush();
            };
            body = all;
        }
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"opportunities.csv\"").build();
    }
}
