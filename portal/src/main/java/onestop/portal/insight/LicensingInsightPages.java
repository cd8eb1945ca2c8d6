package onestop.portal.insight;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.opportunities.api.LicensingInsight;
import onestop.opportunities.api.LicensingInsightClient;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/**
 * How licensing performs against its statutory targets: every figure for licensing officers and administrators
 * ({@code /insight/licensing}), and the figures that may be public on the transparency page
 * ({@code /transparency/licensing}); each as charts with their tables, or as CSV.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LicensingInsightPages {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate(basePath = "portal/insight", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance licensingInsight(LicensingInsightView view, boolean staff, String from,
                String to, String query, List<FormError> errors);
    }

    @Inject
    LicensingInsightClient insight;

    @Inject
    LicensingClient licensing;

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    @GET
    @Path("insight/licensing")
    public Response staffPage(@QueryParam("from") String from, @QueryParam("to") String to) {
        String authorization = staff();
        return page(true, from, to, (f, t) -> insight.licensing(authorization, f, t));
    }

    @GET
    @Path("insight/licensing.csv")
    @Produces("text/csv")
    public Response staffCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        String authorization = staff();
        Period period = Period.of(from, to, new ArrayList<>());
        return csv(ApiCalls.read(() -> insight.licensingCsv(authorization, period.from(), period.to())),
                "licensing-insight.csv");
    }

    @GET
    @Path("transparency/licensing")
    public Response publicPage(@QueryParam("from") String from, @QueryParam("to") String to) {
        return page(false, from, to, insight::publicLicensing);
    }

    @GET
    @Path("transparency/licensing.csv")
    @Produces("text/csv")
    public Response publicCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Period.of(from, to, new ArrayList<>());
        return csv(ApiCalls.read(() -> insight.publicLicensingCsv(period.from(), period.to())),
                "licensing-performance.csv");
    }

    /** The signed-in licensing officer's or administrator's API header; anyone else signed in sees "not found". */
    private String staff() {
        PortalSessions.SignedIn user = visitor.required();
        java.util.Set<String> roles = user.account().roles();
        if (!roles.contains(Roles.LICENSING_OFFICER) && !roles.contains(Roles.ADMIN)) {
            throw new NotFoundException();
        }
        return "Bearer " + sessions.accessToken(user);
    }

    private interface Figures {
        LicensingInsight read(LocalDate from, LocalDate to);
    }

    private Response page(boolean staff, String from, String to, Figures figures) {
        List<FormError> errors = new ArrayList<>();
        Period period = Period.of(from, to, errors);
        LicensingInsight answer;
        try {
            answer = ApiCalls.read(() -> figures.read(period.from(), period.to()));
        } catch (ApiCalls.Refused refused) {
            errors.addAll(refused.errors("from"));
            answer = ApiCalls.read(() -> figures.read(null, null));
        }
        Map<String, String> names = ApiCalls.read(() -> licensing.licenceTypes()).stream()
                .collect(Collectors.toMap(LicenceTypeView::code, LicenceTypeView::name, (a, b) -> a));
        String query = "?from=" + answer.from() + "&to=" + answer.to();
        TemplateInstance page = Templates.licensingInsight(LicensingInsightView.of(answer, names), staff,
                from == null ? answer.from().toString() : from, to == null ? answer.to().toString() : to, query,
                errors);
        return Response.ok(page.render(), HTML).build();
    }

    private static Response csv(String body, String name) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The period as typed: a date that is not one is an error, and the API's default is used instead. */
    record Period(LocalDate from, LocalDate to) {

        static Period of(String from, String to, List<FormError> errors) {
            return new Period(date(from, "from", "The start", errors), date(to, "to", "The end", errors));
        }

        private static LocalDate date(String value, String field, String what, List<FormError> errors) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FormError(field, what + " of the period must be a real date, for example 2026-04-01"));
                return null;
            }
        }
    }
}
