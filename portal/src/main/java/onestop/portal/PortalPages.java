package onestop.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The portal's pages that anyone can read: the start page and the service's statutory pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalPages {

    @Inject
    @Location("portal/start")
    Template start;

    @Inject
    @Location("portal/cookies")
    Template cookies;

    @Inject
    @Location("portal/privacy")
    Template privacy;

    @Inject
    @Location("portal/accessibility")
    Template accessibility;

    @GET
    public TemplateInstance start() {
        return start.instance();
    }

    @GET
    @Path("cookies")
    public TemplateInstance cookies() {
        return cookies.instance();
    }

    @GET
    @Path("privacy")
    public TemplateInstance privacy() {
        return privacy.instance();
    }

    @GET
    @Path("accessibility")
    public TemplateInstance accessibility() {
        return accessibility.instance();
    }
}
