package onestop.portal.insight.spend;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.platform.security.Roles;

/**
 * The procurement insight pages: the public transparency page (awards and spend by supplier size and locality,
 * payments compliance, social value by theme) and the staff page (buyers and admins: also by CPV division and by
 * buyer, and social value by contract). Each figure is a chart with its table beside it and a CSV link; the
 * filter is a GET form, so all of it works without JavaScript.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class InsightPages {

    @CheckedTemplate(basePath = "portal/insight", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance procurementInsight(boolean staff, InsightQuery query,
                List<FigureSection> sections, List<FormError> errors);
    }

    @Inject
    InsightFigures figures;

    @Inject
    PortalVisitor visitor;

    @GET
    @Path("transparency/procurement")
    public Response transparency(@QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return page(false, InsightQuery.of(buyer, from, to));
    }

    @GET
    @Path("insight/procurement")
    public Response staff(@QueryParam("buyer") String buyer, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        var roles = visitor.required().account().roles();
        if (!roles.contains(Roles.BUYER) && !roles.contains(Roles.ADMIN)) {
            throw new NotFoundException();
        }
        return page(true, InsightQuery.of(buyer, from, to));
    }

    private Response page(boolean staff, InsightQuery query) {
        TemplateInstance page;
        try {
            page = Templates.procurementInsight(staff, query, figures.sections(query,
                    staff ? InsightFigures.ALL_DIMENSIONS : InsightFigures.PUBLIC_DIMENSIONS, staff), List.of());
        } catch (ApiCalls.Refused refused) {
            page = Templates.procurementInsight(staff, query, List.of(), refused.errors("from"));
        }
        return Response.ok(page.render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
