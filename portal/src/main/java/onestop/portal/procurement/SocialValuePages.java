package onestop.portal.procurement;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.opportunities.api.CascadeClient;
import onestop.opportunities.api.CharterMeasure;
import onestop.opportunities.api.CharterTheme;
import onestop.opportunities.api.OutcomeReport;
import onestop.opportunities.api.SocialValueRollup;
import onestop.opportunities.api.WonContract;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;
import onestop.portal.PortalVisitor;

/**
 * The social value of a contract the business won (Birmingham Business Charter for Social Responsibility): what
 * it committed and what it delivered, its subcontractors' share included, and the form to report what it
 * delivered in a period, by a measure of the catalogue or one of its own.
 */
@Path("/supplier/contracts/{id}/social-value")
@Produces(MediaType.TEXT_HTML)
public class SocialValuePages {

    /** The measure choice for one that is not in the catalogue: a theme and the words are then typed. */
    static final String OTHER = "OTHER";

    /** The report as typed. */
    public record ReportForm(String period, String measureCode, String theme, String measure, String value) {

        static ReportForm from(MultivaluedMap<String, String> form) {
            return new ReportForm(Pages.field(form, "period"), Pages.field(form, "measureCode"),
                    Pages.field(form, "theme"), Pages.field(form, "measure"), Pages.field(form, "value"));
        }

        static ReportForm empty() {
            return new ReportForm("", "", "", "", "");
        }
    }

    @CheckedTemplate(basePath = "portal/procurement", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        /** @param measures the catalogue's measures, by theme; @param reported the period just reported, if any */
        static native TemplateInstance socialValue(WonContract contract, SocialValueRollup rollup,
                Map<CharterTheme, List<CharterMeasure>> measures, List<CharterTheme> themes, ReportForm form,
                String reported, List<FormError> errors);
    }

    @Inject
    CascadeClient cascade;

    @Inject
    ProcurementCalls calls;

    @Inject
    PortalVisitor visitor;

    @GET
    public Response page(@PathParam("id") UUID id, @QueryParam("reported") String reported) {
        visitor.requiredRole(Roles.BUSINESS);
        return show(calls.wonContract(id), ReportForm.empty(), reported, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        visitor.checkForm(posted.getFirst("csrf"));
        visitor.requiredRole(Roles.BUSINESS);
        WonContract contract = calls.wonContract(id);
        ReportForm form = ReportForm.from(posted);
        List<FormError> errors = new ArrayList<>();
        OutcomeReport report = report(form, catalogue(), errors);
        if (errors.isEmpty()) {
            try {
                ApiCalls.read(() -> cascade.reportSocialValue(calls.authorization(), id, report));
                return Pages.seeOther("/supplier/contracts/" + id + "/social-value?reported="
                        + URLEncoder.encode(report.period(), StandardCharsets.UTF_8));
            } catch (ApiCalls.Refused refused) {
                errors.addAll(Refusals.of(refused, "period", field -> field,
                        Map.of("period", "the period, like 2026-Q2", "measure", "your measure")));
            }
        }
        return show(contract, form, null, errors);
    }

    /** The report to send, or null with what is wrong in {@code errors}. */
    static OutcomeReport report(ReportForm form, List<CharterMeasure> catalogue, List<FormError> errors) {
        BigDecimal value = null;
        if (form.value().isEmpty()) {
            errors.add(new FormError("value", "Enter how much you delivered"));
        } else {
            try {
                value = new BigDecimal(form.value().replace(",", ""));
            } catch (NumberFormatException notANumber) {
                errors.add(new FormError("value", "Enter how much you delivered as a number, like 12 or 2.5"));
            }
        }
        if (OTHER.equals(form.measureCode())) {
            CharterTheme theme = Pages.choice(CharterTheme.class, form.theme());
            if (theme == null) {
                errors.add(new FormError("theme", "Choose the Charter principle your measure comes under"));
            }
            if (form.measure().isEmpty()) {
                errors.add(new FormError("measure", "Enter your measure"));
            }
            return new OutcomeReport(form.period(), theme, form.measure(), value, null);
        }
        Optional<CharterMeasure> chosen = catalogue.stream().filter(m -> m.code().equals(form.measureCode()))
                .findFirst();
        if (chosen.isEmpty()) {
            errors.add(new FormError("measureCode", "Choose what you measured"));
            return null;
        }
        return new OutcomeReport(form.period(), chosen.get().theme(), chosen.get().name(), value, chosen.get().code());
    }

    private List<CharterMeasure> catalogue() {
        return ApiCalls.read(() -> cascade.socialValueMeasures());
    }

    private Response show(WonContract contract, ReportForm form, String reported, List<FormError> errors) {
        SocialValueRollup rollup = ApiCalls.read(() -> cascade.socialValue(contract.id()));
        return Pages.show(Templates.socialValue(contract, rollup, byTheme(catalogue()), List.of(CharterTheme.values()),
                form, reported, errors));
    }

    /** The catalogue's measures under each principle, in catalogue order, for a select's option groups. */
    static Map<CharterTheme, List<CharterMeasure>> byTheme(List<CharterMeasure> catalogue) {
        Map<CharterTheme, List<CharterMeasure>> measures = new LinkedHashMap<>();
        catalogue.forEach(m -> measures.computeIfAbsent(m.theme(), theme -> new ArrayList<>()).add(m));
        return measures;
    }
}
