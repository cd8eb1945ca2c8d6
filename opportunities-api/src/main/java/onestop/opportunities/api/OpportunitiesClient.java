package onestop.opportunities.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The opportunities routes a client reads, as a REST Client interface (MicroProfile / Quarkus REST Client build it
 * against the gateway). The paths, parameters and answers are those of docs/api.md; a refusal (4xx) or a
 * failure (5xx) reaches the caller as the client's {@code WebApplicationException} with the problem document.
 */
@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
public interface OpportunitiesClient {

    /** Search the published notices: the filters as the service reads them, one page of {@code size} hits. */
    @GET
    @Path("/opportunities")
    SearchPage search(@BeanParam SearchParams filters, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /** The signed-in supplier's own responses across notices, newest first, each with its outcome. */
    @GET
    @Path("/suppliers/me/responses")
    OwnResponsePage ownResponses(@HeaderParam("Authorization") String authorization,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);
}
