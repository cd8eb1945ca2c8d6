package onestop.standins.notify;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import onestop.standins.Html;

/**
 * What a person trying the local stack reads instead of their inbox and their phone: every email and text message
 * OneStop asked Notify to send, newest first, rendered from its personalisation; {@code /notify/emails} and
 * {@code /notify/texts} are the same as JSON (for tests).
 */
@Path("/notify")
public class NotifyPage {

    @Inject
    SentMessages messages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        StringBuilder html = new StringBuilder(Html.start("Emails and texts sent through GOV.UK Notify (stand-in)"));
        html.append("<p class=\"govuk-body\">Not real email or text messages: this stand-in keeps the emails and")
                .append(" texts OneStop asked GOV.UK Notify to send, so that you can read them here. Newest first.</p>");
        List<SentMessage> all = messages.newestFirst();
        if (all.isEmpty()) {
            html.append("<p class=\"govuk-body\">No emails or texts yet.</p>");
        }
        for (SentMessage email : all) {
            html.append("<div class=\"email\"><h2 class=\"govuk-heading-m\">").append(Html.escape(
                    email.text() ? "Text message" : email.subject()))
                    .append("</h2><dl><dt>To</dt><dd>").append(Html.escape(email.to))
                    .append("</dd><dt>Sent</dt><dd>").append(email.createdAt)
                    .append("</dd><dt>Status</dt><dd>").append(Html.escape(email.status))
                    .append("</dd><dt>Template</dt><dd>").append(Html.escape(email.templateId))
                    .append("</dd></dl><pre>").append(Html.linked(email.body())).append("</pre></div>");
        }
        return html.append(Html.END).toString();
    }

    /** The emails as JSON, newest first; {@code ?email_address=} keeps those to one address (any case). */
    @GET
    @Path("/emails")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> json(@QueryParam("email_address") String to) {
        return messages.newestFirst().stream().filter(email -> !email.text())
                .filter(email -> to == null || to.isBlank() || email.to.equalsIgnoreCase(to))
                .map(NotifyApi::notification).toList();
    }

    /** The text messages as JSON, newest first; {@code ?phone_number=} keeps those to one number (as it was sent). */
    @GET
    @Path("/texts")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> texts(@QueryParam("phone_number") String to) {
        return messages.newestFirst().stream().filter(SentMessage::text)
                .filter(text -> to == null || to.isBlank() || text.to.equals(to.trim()))
                .map(NotifyApi::notification).toList();
    }
}
