package onestop.system;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The mail server of the running system: a real SMTP server (GreenMail) the gateway sends to, read here as
 * a person reads their inbox.
 */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+?(/[a-z/-]+\\?token=[A-Za-z0-9_-]+)");

    private final GreenMail server;

    Mailbox(int port) {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        server.stop();
    }

    /** The subjects and texts received for an address so far. */
    public List<MimeMessage> to(String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /**
     * The path and query of the latest link to {@code page} sent to the address (e.g. {@code /verify-email}),
     * waiting up to 30 seconds for it to arrive; the link points at the gateway's public URL.
     */
    public String link(String email, String page) {
        String[] found = new String[1];
        Awaitility.await("a link to " + page + " mailed to " + email).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    List<MimeMessage> mails = to(email);
                    for (int i = mails.size() - 1; i >= 0; i--) {
                        Matcher link = LINK.matcher(GreenMailUtil.getBody(mails.get(i)).replace("=\r\n", ""));
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
}
