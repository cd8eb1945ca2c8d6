package onestop.gateway.mail;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.platform.mail.NotifyReceipt;
import onestop.platform.mail.NotifyReceiptCallback;

/** GOV.UK Notify's delivery receipts for the emails the gateway sends (account emails and notifications). */
@Path("/api/mail/notify-receipts")
public class NotifyReceiptResource extends NotifyReceiptCallback {

    // the route and its parameters as the chassis declares them; only the name differs from licensing's callback
    @Override
    @Operation(operationId = "createGatewayMailNotifyReceipt", summary = "Receipt")
    public RestResponse<Void> receipt(String authorization, NotifyReceipt receipt) {
        return super.receipt(authorization, receipt);
    }
}
