package onestop.standins.notify;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.enterprise.context.ApplicationScoped;

/** The emails asked for since the stand-in started, newest first (in memory: a restart forgets them). */
@ApplicationScoped
public class SentEmails {

    private static final int KEEP = 500;

    private final Deque<SentEmail> emails = new ConcurrentLinkedDeque<>();

    void add(SentEmail email) {
        emails.addFirst(email);
        while (emails.size() > KEEP) {
            emails.pollLast();
        }
    }

    List<SentEmail> newestFirst() {
        return new ArrayList<>(emails);
    }

    Optional<SentEmail> find(UUID id) {
        return emails.stream().filter(email -> email.id.equals(id)).findFirst();
    }
}
