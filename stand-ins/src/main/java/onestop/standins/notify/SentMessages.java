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

    private final Deque<SentMessage> messages = new ConcurrentLinkedDeque<>();

    void add(SentMessage message) {
        messages.addFirst(message);
        while (messages.size() > KEEP) {
            messages.pollLast();
        }
    }

    List<SentMessage> newestFirst() {
        return new ArrayList<>(messages);
    }

    Optional<SentMessage> find(UUID id) {
        return messages.stream().filter(message -> message.id.equals(id)).findFirst();
    }
}
