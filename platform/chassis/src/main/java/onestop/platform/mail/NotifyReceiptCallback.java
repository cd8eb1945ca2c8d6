package onestop.platform.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * GOV.UK Notify's delivery receipts callback for the mail a service sends, set as the service's callback URL in
 * Notify with {@code onestop.mail.notify.callback-token} as its bearer token. Not a user's route: Notify signs in
 * with the token, not a OneStop account. A service subclasses it with its {@code @Path}.
 */
public abstract class NotifyReceiptCallback {

    @Inject
    NotifyReceipts receipts;

    /** 204 whether or not the notification is ours (Notify only retries what fails); 401 with a bad token. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Void> receipt(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @NotNull NotifyReceipt receipt) {
        receipts.record(authorization, receipt);
        return RestResponse.noContent();
    }
}
