package onestop.gateway.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The gateway's own routes a client calls (signing in and out, the account, the signed-in user's dashboard and
 * notifications), as a REST Client interface built against the gateway. The paths, bodies and answers are those
 * of docs/api.md; a refusal (4xx) or a failure (5xx) reaches the caller as the client's
 * {@code WebApplicationException} with the problem document.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface GatewayClient {

    /** Sign in with email and password: 401 for either wrong, 403 an unconfirmed address, 429 too many tries. */
    @POST
    @Path("/auth/token")
    TokenPair signIn(SignIn signIn);

    /** A new pair for a refresh token, which is spent; 401 when the sign-in has ended. */
    @POST
    @Path("/auth/refresh")
    TokenPair refresh(Refresh refresh);

    /** Signs this device out: its refresh token no longer works (204, whatever the token). */
    @POST
    @Path("/auth/sign-out")
    void signOut(Refresh refresh);

    /** Signs the caller out of every device and portal session (204). */
    @POST
    @Path("/auth/sign-out-everywhere")
    void signOutEverywhere(@HeaderParam("Authorization") String authorization);

    /** Changes the caller's password: a fresh sign-in for this device, every other one ended. */
    @POST
    @Path("/auth/password")
    TokenPair changePassword(@HeaderParam("Authorization") String authorization, PasswordChange change);

    /** Creates a business account (202); a link to confirm the address is emailed to it. */
    @POST
    @Path("/auth/register")
    CheckYourEmail register(Registration registration);

    /** Confirms an email address with the token of the emailed link (204; 400 invalid-link). */
    @POST
    @Path("/auth/verify-email")
    void confirmEmail(Confirmation confirmation);

    /** Asks for a password reset link (202 whether or not the address has an account). */
    @POST
    @Path("/auth/password-reset")
    CheckYourEmail requestPasswordReset(ResetRequest request);

    /** Sets a new password with the token of the emailed link (204; 400 invalid-link). */
    @POST
    @Path("/auth/password-reset/confirm")
    void resetPassword(NewPassword newPassword);

    /** The signed-in user: id, email, roles, and the business or organisation. */
    @GET
    @Path("/me")
    MeView me(@HeaderParam("Authorization") String authorization);

    /** A business's dashboard; partial when a service did not answer in time. */
    @GET
    @Path("/me/dashboard")
    DashboardView dashboard(@HeaderParam("Authorization") String authorization);

    /** The address of the user's private calendar feed (made on first asking). */
    @GET
    @Path("/me/calendar")
    CalendarFeed calendar(@HeaderParam("Authorization") String authorization);

    /** A new address for the user's calendar feed; the old one answers 404 from now on. */
    @POST
    @Path("/me/calendar/reset")
    CalendarFeed resetCalendar(@HeaderParam("Authorization") String authorization);

    /** Whether OneStop sends text messages, and the user's mobile number for them. */
    @GET
    @Path("/me/texts")
    TextMessages texts(@HeaderParam("Authorization") String authorization);

    /**
     * Gives the mobile number texts go to: a security code is texted to it (202); 400 not a UK mobile, 429 too many
     * codes.
     */
    @PUT
    @Path("/me/texts/mobile")
    TextMessages giveMobile(@HeaderParam("Authorization") String authorization, MobileNumber mobile);

    /** Confirms the mobile number with the code texted to it; 422 a wrong, used-up or expired code. */
    @POST
    @Path("/me/texts/confirm")
    TextMessages confirmMobile(@HeaderParam("Authorization") String authorization, SecurityCode code);

    /** Stops text messages: the number is forgotten. */
    @DELETE
    @Path("/me/texts/mobile")
    void stopTexts(@HeaderParam("Authorization") String authorization);

    /** The user's notifications, newest first, a page at a time; {@code unread} true for the unread only. */
    @GET
    @Path("/me/notifications")
    NotificationPage notifications(@HeaderParam("Authorization") String authorization,
            @QueryParam("unread") Boolean unread, @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    /** Marks one of the user's notifications read. */
    @POST
    @Path("/me/notifications/{id}/read")
    NotificationView markRead(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** Asks for a copy of everything OneStop holds about the caller and their business (202); emailed when ready. */
    @POST
    @Path("/me/data-export")
    DataExportView requestDataExport(@HeaderParam("Authorization") String authorization);

    /** The caller's subject access exports, newest first. */
    @GET
    @Path("/me/data-export")
    DataExportList dataExports(@HeaderParam("Authorization") String authorization);

    /** The ZIP of one of the caller's exports; 404 for anyone else's, 409 while not ready or once expired. */
    @GET
    @Path("/me/data-export/{id}/download")
    @Produces(MediaType.WILDCARD)
    Response downloadDataExport(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** Every staff account (an administrator's call). */
    @GET
    @Path("/admin/users")
    List<StaffMember> staff(@HeaderParam("Authorization") String authorization);

    /** Creates a staff account (an administrator's call): 400 naming the field at fault, 409 an address in use. */
    @POST
    @Path("/admin/users")
    StaffMember createStaff(@HeaderParam("Authorization") String authorization, StaffAccount account);

    /** Signs a user out of every device and portal session (an administrator's call); 404 for an unknown user. */
    @POST
    @Path("/admin/users/{id}/sign-out-everywhere")
    void signOutUserEverywhere(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID userId);
}
