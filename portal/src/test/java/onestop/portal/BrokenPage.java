package onestop.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A page and an API address with a bug in them, for the tests of what a visitor sees when one fails. */
@Path("/")
public class BrokenPage {

    @GET
    @Path("broken-page")
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        throw new IllegalStateException("a bug in a page");
    }

    @GET
    @Path("api/broken")
    @Produces(MediaType.APPLICATION_JSON)
    public String api() {
        throw new IllegalStateException("a bug in the API");
    }
}
