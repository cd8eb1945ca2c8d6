package onestop.portal.admin;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import onestop.gateway.api.GatewayClient;
import onestop.gateway.api.StaffAccount;
import onestop.gateway.api.StaffMember;
import onestop.platform.security.Roles;
import onestop.portal.ApiCalls;
import onestop.portal.FormError;

/**
 * The administrator's home ({@code /admin}) and the council's staff accounts: every one listed with its role and
 * last sign-in, a new one made (an officer, a buyer for its organisation, an administrator or a responsible
 * authority's officer), and anyone signed out of every device at once (a lost laptop, a leaver).
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class StaffPages {

    /** The staff roles in the order the form offers them, with the words people use for each. */
    static final Map<String, String> ROLES = roles();

    /** The form's fields as its labels name them, for the service's refusals. */
    private static final Map<String, String> FIELDS = Map.of("email", "Their email address", "password",
            "A password", "organisation", "The organisation they buy for");

    @CheckedTemplate(basePath = "portal/admin", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance admin();

        static native TemplateInstance staff(List<StaffMember> staff, Map<String, String> roles, String created,
                String signedOut);

        static native TemplateInstance newStaff(Map<String, String> roles, StaffAccount form, List<FormError> errors);
    }

    @Inject
    AdminAccess access;

    @Inject
    GatewayClient gateway;

    @GET
    public TemplateInstance home() {
        access.authorization();
        return Templates.admin();
    }

    @GET
    @Path("staff")
    public TemplateInstance staff(@QueryParam("created") UUID created, @QueryParam("signedOut") UUID signedOut) {
        String authorization = access.authorization();
        List<StaffMember> staff = ApiCalls.read(() -> gateway.staff(authorization));
        return Templates.staff(staff, ROLES, emailOf(staff, created), emailOf(staff, signedOut));
    }

    @GET
    @Path("staff/new")
    public TemplateInstance newStaff() {
        access.authorization();
        return Templates.newStaff(ROLES, new StaffAccount("", "", "", ""), List.of());
    }

    @POST
    @Path("staff")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String csrf, @RestForm String email, @RestForm String role,
            @RestForm String organisation, @RestForm String password) {
        String authorization = access.form(csrf);
        // the password as typed, spaces and all: it is the account's, not the portal's, to judge
        StaffAccount form = new StaffAccount(text(email), password == null ? "" : password,
                role == null || role.isBlank() ? null : role.strip(),
                Roles.BUYER.equals(role) ? text(organisation) : null);
        try {
            StaffMember made = ApiCalls.read(() -> gateway.createStaff(authorization, form));
            return Response.seeOther(URI.create("/admin/staff?created=" + made.userId())).build();
        } catch (ApiCalls.Refused refused) { // the field at fault, or the address already in use
            return refused(form, refused.errors("email").stream().map(StaffPages::said).toList());
        }
    }

    @POST
    @Path("staff/{id}/sign-out-everywhere")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOutEverywhere(@PathParam("id") UUID id, @RestForm String csrf) {
        String authorization = access.form(csrf);
        ApiCalls.read(() -> {
            gateway.signOutUserEverywhere(authorization, id);
            return id;
        });
        return Response.seeOther(URI.create("/admin/staff?signedOut=" + id)).build();
    }

    private static Response refused(StaffAccount form, List<FormError> errors) {
        // the password is never sent back to the browser
        StaffAccount shown = new StaffAccount(form.email(), "", form.role() == null ? "" : form.role(),
                form.organisation());
        return Response.ok(Templates.newStaff(ROLES, shown, errors).render(),
                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The service's refusal of a field as the form says it: "Enter …" for one left empty, else under its label. */
    static FormError said(FormError error) {
        if (error.field().equals("role")) {
            return new FormError("role", "Select the role of the account", error.code());
        }
        String label = FIELDS.get(error.field());
        if (label == null) {
            return error;
        }
        if (error.required()) {
            return new FormError(error.field(), "Enter " + label.toLowerCase(Locale.UK), error.code());
        }
        String message = error.message();
        return new FormError(error.field(), label + " " + Character.toLowerCase(message.charAt(0))
                + message.substring(1), error.code());
    }

    private static String emailOf(List<StaffMember> staff, UUID id) {
        return Optional.ofNullable(id).flatMap(wanted -> staff.stream().filter(s -> wanted.equals(s.userId()))
                .findFirst()).map(StaffMember::email).orElse(null);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(Roles.LICENSING_OFFICER, "Licensing officer");
        roles.put(Roles.BUYER, "Buyer");
        roles.put(Roles.ADMIN, "Administrator");
        roles.put(Roles.POLICE, "Police");
        roles.put(Roles.ENVIRONMENTAL_HEALTH, "Environmental health");
        roles.put(Roles.FIRE, "Fire and rescue");
        roles.put(Roles.PLANNING, "Planning");
        roles.put(Roles.TRADING_STANDARDS, "Trading standards");
        roles.put(Roles.CHILD_PROTECTION, "Child protection");
        roles.put(Roles.HEALTH, "Public health");
        return Collections.unmodifiableMap(roles);
    }
}
