package onestop.gateway.notification;

import java.util.List;

/** Notifications just written, to be emailed once their transaction has committed. */
public record NotificationsMade(List<Mail> mails) {

    public record Mail(String to, String subject, String text) {
    }
}
