package onestop.opportunities.cpv;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import onestop.platform.web.QueryParams;
import onestop.platform.web.PageView;

/** The CPV 2008 code list, public: {@code ?q=} a code prefix ({@code 4521}) or words ({@code road}). */
@Path("/api/opportunities/cpv-codes")
@Produces(MediaType.APPLICATION_JSON)
public class CpvResource {

    @Inject
    CpvCatalogue catalogue;

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CpvCodeView> lookUp(@QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return catalogue.lookUp(q, QueryParams.page(page, size));
    }
}
