package onestop.standins.notify;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.enterprise.context.ApplicationScoped;

/** The emails and texts asked for since the stand-in started, newest first (in memory: a restart forgets them). */
@ApplicationScoped
public class SentMessages {

    private static final int KEEP = 500;

    private final Deque<SentMessage> emails = new ConcurrentLinkedDeque<>();

    void add(SentMessage email) {
        emails.addFirst(email);
        while (emails.size() > KEEP) {
            emails.pollLast();
        }
    }

    List<SentMessage> newestFirst() {
        return new ArrayList<>(emails);
    }

    Optional<SentMessage> find(UUID id) {
        return emails.stream().filter(email -> email.id.equals(id)).findFirst();
    }
}
