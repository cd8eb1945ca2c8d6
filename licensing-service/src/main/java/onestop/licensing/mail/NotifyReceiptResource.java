package onestop.licensing.mail;

import jakarta.ws.rs.Path;

import onestop.platform.mail.NotifyReceiptCallback;

/** GOV.UK Notify's delivery receipts for the mail licensing sends (area alerts, confirmations of representations). */
@Path("/api/licensing/mail/notify-receipts")
public class NotifyReceiptResource extends NotifyReceiptCallback {
}
