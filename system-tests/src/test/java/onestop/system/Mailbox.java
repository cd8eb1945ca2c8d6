package onestop.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import io.restassured.RestAssured;

/**
 * Everyone's inbox in the running system: the emails the services asked GOV.UK Notify to send, read from the
 * Notify stand-in's list ({@code /notify/emails}, the JSON of the page at {@code /notify/} a person reads), with
 * the subject and text OneStop's template gives them ({@code ((subject))} and {@code ((body))}).
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+?(/[a-z/-]+\\?token=[A-Za-z0-9_-]+)");

    private final String standInsUrl;

    Mailbox(String standInsUrl) {
        this.standInsUrl = standInsUrl;
    }

    /** An email as the Notify stand-in shows it: to whom, its subject and text, and Notify's delivery status. */
    public record Mail(String to, String subject, String body, String status) {
    }

    /** The emails sent to an address so far, oldest first. */
    public List<Mail> to(String email) {
        List<Map<String, Object>> newestFirst = RestAssured.given().baseUri(standInsUrl)
                .queryParam("email_address", email).when().get("/notify/emails")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<Mail> mails = new ArrayList<>();
        for (Map<String, Object> sent : newestFirst) {
            // the stand-in filters by address; checked again so that a stand-in ignoring the filter cannot mislead
            if (email.equalsIgnoreCase(String.valueOf(sent.get("email_address")))) {
                mails.add(new Mail(String.valueOf(sent.get("email_address")), text(sent.get("subject")),
                        text(sent.get("body")), text(sent.get("status"))));
            }
        }
        Collections.reverse(mails);
        return mails;
    }

    /**
     * The path and query of the latest link to {@code page} sent to the address (e.g. {@code /verify-email}),
     * waiting up to 30 seconds for it to arrive; the link points at the gateway's public URL.
     */
    public String link(String email, String page) {
        String[] found = new String[1];
        Awaitility.await("a link to " + page + " mailed to " + email).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    List<Mail> mails = to(email);
                    for (int i = mails.size() - 1; i >= 0; i--) {
                        Matcher link = LINK.matcher(mails.get(i).body());
                        while (link.find()) {
                            if (link.group(1).startsWith(page + "?")) {
                                found[0] = link.group(1);
                                return true;
                            }
                        }
                    }
                    return false;
                });
        return found[0];
    }

    /** The token of that link. */
    public String token(String email, String page) {
        String link = link(email, page);
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    /** The text messages sent to a mobile number (as OneStop sends it: {@code +447700900123}) so far, oldest first. */
    public List<String> texts(String mobile) {
        List<Map<String, Object>> newestFirst = RestAssured.given().baseUri(standInsUrl)
                .queryParam("phone_number", mobile).when().get("/notify/texts")
                .then().statusCode(200).extract().jsonPath().getList("$");
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> sent : newestFirst) {
            if (mobile.equals(String.valueOf(sent.get("phone_number")))) {
                texts.add(text(sent.get("body")));
            }
        }
        Collections.reverse(texts);
        return texts;
    }

    /**
     * The security code of the {@code nth} code texted to the number (1 for the first), waiting up to 30 seconds for
     * it to arrive.
     */
    public String code(String mobile, int nth) {
        Pattern code = Pattern.compile("security code is ([0-9]{5})\\.");
        String[] found = new String[1];
        Awaitility.await("security code " + nth + " texted to " + mobile).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    List<String> codes = texts(mobile).stream().map(code::matcher).filter(Matcher::find)
                            .map(matcher -> matcher.group(1)).toList();
                    if (codes.size() >= nth) {
                        found[0] = codes.get(nth - 1);
                        return true;
                    }
                    return false;
                });
        return found[0];
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
