package onestop.gateway.mail;

import jakarta.ws.rs.Path;

import onestop.platform.mail.NotifyReceiptCallback;

/**
 * GOV.UK Notify's delivery receipts for the emails the gateway sends (account emails and notifications). Not under
 * {@code /api/mail/}: the operation would then be named as licensing's callback ({@code createMailNotifyReceipt}).
 */
@Path("/api/notify-receipts")
public class NotifyReceiptResource extends NotifyReceiptCallback {
}
