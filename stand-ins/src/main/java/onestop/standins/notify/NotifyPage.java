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
 * What a person trying the local stack reads instead of their inbox: every email OneStop asked Notify to send,
 * newest first, rendered from its personalisation; {@code /notify/emails} is the same as JSON (for tests).
 */
@Path("/notify")
public class NotifyPage {

    @Inject
    SentEmails emails;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        StringBuilder html = new StringBuilder(Html.start("Emails sent through GOV.UK Notify (stand-in)"));
        html.append("<p class=\"govuk-body\">Not real email: this stand-in keeps the emails OneStop asked GOV.UK")
                .append(" Notify to send, so that you can read them here. Newest first.</p>");
        List<SentEmail> all = emails.newestFirst();
        if (all.isEmpty()) {
            html.append("<p class=\"govuk-body\">No emails yet.</p>");
        }
        for (SentEmail email : all) {
            html.append("<div class=\"email\"><h2 class=\"govuk-heading-m\">").append(Html.escape(email.subject()))
                    .append("</h2><dl><dt>To</dt><dd>").append(Html.escape(email.to))
                    .append("</dd><dt>Sent</dt><dd>").append(email.createdAt)
                    .append("</dd><dt>Status</dt><dd>").append(Html.escape(email.status))
                    .append("</dd><dt>Template</dt><dd>").append(Html.escape(email.templateId))
                    .append("</dd></dl><pre>").append(Html.linked(email.body())).append("</pre></div>");
        }
        return html.append(Html.END).toString();
    }

    /** The list as JSON, newest first; {@code ?email_address=} keeps those to one address (any case). */
    @GET
    @Path("/emails")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Map<String, Object>> json(@QueryParam("email_address") String to) {
        return emails.newestFirst().stream().filter(email -> to == null || to.isBlank() || email.to.equalsIgnoreCase(to))
                .map(NotifyApi::notification).toList();
    }
}
