package onestop.licensing.register;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.RegisterEntry;
import onestop.platform.web.QueryParams;
import onestop.platform.problem.NotFound;
import onestop.platform.web.PageView;

/** The public register of current licences: anyone may search it. */
@Path("/api/licensing/register")
public class RegisterResource {

    @Inject
    RegisterSearch search;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<RegisterEntry> search(@QueryParam("q") String q,
            @QueryParam("licenceTypeCode") String licenceTypeCode, @QueryParam("postcode") String postcode,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return search.find(new RegisterSearch.Filter(QueryParams.text(q), QueryParams.text(licenceTypeCode),
                QueryParams.text(postcode)), QueryParams.page(page, size));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegisterEntry get(@PathParam("id") UUID id) {
        return search.get(id).orElseThrow(() -> new NotFound("There is no current licence " + id + " on the register."));
    }
}
