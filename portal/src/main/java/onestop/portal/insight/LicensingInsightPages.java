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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicensingClient;
import onestop.opportunities.api.LicensingInsight;
import onestop.opportunities.api.LicensingInsightClient;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;
import onestop.portal.procurement.DateTyped;
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
        static native TemplateInstance licensingInsight(LicensingInsightView view, boolean staff, DateTyped from,
                DateTyped to, String query, List<FormError> errors);
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
    public Response staffPage(@Context UriInfo uri) {
        String authorization = staff();
        return page(true, uri.getQueryParameters(), (f, t) -> insight.licensing(authorization, f, t));
    }

    @GET
    @Path("insight/licensing.csv")
    @Produces("text/csv")
    public Response staffCsv(@Context UriInfo uri) {
        String authorization = staff();
        Period period = Period.of(uri.getQueryParameters(), new ArrayList<>());
        return csv(ApiCalls.read(() -> insight.licensingCsv(authorization, period.from(), period.to())),
                "licensing-insight.csv");
    }

    @GET
    @Path("transparency/licensing")
    public Response publicPage(@Context UriInfo uri) {
        return page(false, uri.getQueryParameters(), insight::publicLicensing);
    }

    @GET
    @Path("transparency/licensing.csv")
    @Produces("text/csv")
    public Response publicCsv(@Context UriInfo uri) {
        Period period = Period.of(uri.getQueryParameters(), new ArrayList<>());
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

    private Response page(boolean staff, MultivaluedMap<String, String> query, Figures figures) {
        List<FormError> errors = new ArrayList<>();
        Period period = Period.of(query, errors);
        LicensingInsight answer;
        try {
            answer = ApiCalls.read(() -> figures.read(period.from(), period.to()));
        } catch (ApiCalls.Refused refused) { // the API names from or to: the error is shown at its day input
            refused.errors("from").forEach(e -> errors.add(new FormError(e.field() + "-day", e.message(), e.code())));
            answer = ApiCalls.read(() -> figures.read(null, null));
        }
        Map<String, String> names = ApiCalls.read(() -> licensing.licenceTypes()).stream()
                .collect(Collectors.toMap(LicenceTypeView::code, LicenceTypeView::name, (a, b) -> a));
        String csvQuery = "?from=" + answer.from() + "&to=" + answer.to();
        TemplateInstance page = Templates.licensingInsight(LicensingInsightView.of(answer, names), staff,
                shown(query, "from", answer.from()), shown(query, "to", answer.to()), csvQuery, errors);
        return Response.ok(page.render(), HTML).build();
    }

    private static Response csv(String body, String name) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** What the period's inputs show: what was typed, so that a mistake can be put right, else the figures' day. */
    private static DateTyped shown(MultivaluedMap<String, String> query, String field, LocalDate day) {
        DateTyped typed = DateTyped.from(query, field);
        return typed.typed() ? typed : DateTyped.of(field, day);
    }

    /**
     * The period asked for: typed in the GOV.UK date inputs ({@code from-day}, {@code from-month}, {@code from-year}
     * and the same for {@code to}), or as {@code from=2026-04-01} in a link; a date that is not one is an error
     * against its day input, and the API's default is used instead.
     */
    record Period(LocalDate from, LocalDate to) {

        static Period of(MultivaluedMap<String, String> query, List<FormError> errors) {
            return new Period(date(query, "from", "The start of the period", errors),
                    date(query, "to", "The end of the period", errors));
        }

        private static LocalDate date(MultivaluedMap<String, String> query, String field, String what,
                List<FormError> errors) {
            DateTyped typed = DateTyped.from(query, field);
            if (typed.typed()) {
                return typed.date(what, errors);
            }
            String value = query.getFirst(field);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                errors.add(new FormError(field + "-day", what + " must be a real date, like 31 3 2027"));
                return null;
            }
        }
    }
}
