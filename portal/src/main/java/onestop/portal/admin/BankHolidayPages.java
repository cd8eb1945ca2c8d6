package onestop.portal.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.gateway.api.GatewayClient;
import onestop.gateway.api.StaffMember;
import onestop.licensing.api.BankHolidayCalendarView;
import onestop.licensing.api.LicensingAdminClient;
import onestop.portal.ApiCalls;
import onestop.portal.ChosenFile;
import onestop.portal.FormError;

/**
 * The bank holiday calendar licensing counts working days by: where it came from, the years it covers (with the
 * service's warning once they run out within six months), the bank holidays to come, and the upload of GOV.UK's
 * bank-holidays.json when a new year is published.
 */
@Path("/admin/bank-holidays")
@Produces(MediaType.TEXT_HTML)
public class BankHolidayPages {

    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");

    @CheckedTemplate(basePath = "portal/admin", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance bankHolidays(BankHolidayCalendarView calendar, String uploadedBy,
                List<LocalDate> coming, boolean loaded, List<FormError> errors);
    }

    @Inject
    AdminAccess access;

    @Inject
    LicensingAdminClient licensing;

    @Inject
    GatewayClient gateway;

    @GET
    public Response page() {
        String authorization = access.authorization();
        return show(authorization, ApiCalls.read(() -> licensing.bankHolidays(authorization)), false, List.of());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestForm String csrf, @RestForm FileUpload file) {
        String authorization = access.form(csrf);
        if (!ChosenFile.isChosen(file)) {
            return show(authorization, ApiCalls.read(() -> licensing.bankHolidays(authorization)), false,
                    List.of(new FormError("file", "Select the bank-holidays.json file from GOV.UK")));
        }
        try {
            String json = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            return show(authorization, ApiCalls.read(() -> licensing.uploadBankHolidays(authorization, json)), true,
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ApiCalls.Refused refused) { // every field at fault, each shown against the file
            List<FormError> errors = refused.problem().errors() == null || refused.problem().errors().isEmpty()
                    ? refused.errors("file")
                    : refused.problem().errors().stream()
                            .map(e -> new FormError("file", "The file's " + e.field() + " " + e.message())).toList();
            return show(authorization, ApiCalls.read(() -> licensing.bankHolidays(authorization)), false, errors);
        }
    }

    private Response show(String authorization, BankHolidayCalendarView calendar, boolean loaded,
            List<FormError> errors) {
        LocalDate today = LocalDate.now(COUNCIL);
        List<LocalDate> coming = calendar.englandAndWales().stream().filter(day -> !day.isBefore(today)).limit(8)
                .toList();
        String uploadedBy = calendar.uploadedBy() == null ? null : uploaderName(authorization, calendar.uploadedBy());
        return Response.ok(Templates.bankHolidays(calendar, uploadedBy, coming, loaded, errors).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The uploader's email, as the staff accounts know them by their id; the id itself once the account is gone. */
    private String uploaderName(String authorization, String uploadedBy) {
        Map<String, String> emails = ApiCalls.read(() -> gateway.staff(authorization)).stream()
                .collect(Collectors.toMap(s -> s.userId().toString(), StaffMember::email));
        return emails.getOrDefault(uploadedBy, uploadedBy);
    }
}
