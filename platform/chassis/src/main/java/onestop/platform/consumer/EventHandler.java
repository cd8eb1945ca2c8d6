package onestop.platform.consumer;

import java.util.Set;

import io.cloudevents.CloudEvent;

/**
 * A consumer of other services' events. Declare an {@code @ApplicationScoped} bean implementing this
 * and the {@link ConsumerLoops} run it: each event is handled once, in a transaction that also records
 * its id, so a redelivered event changes nothing; an event that keeps failing goes to
 * {@code <topic>.dlq} with the error and the next one is handled.
 */
public interface EventHandler {

    /** A stable name: the Kafka consumer group and the key under which handled events are recorded. */
    String name();

    /** The topics this handler reads. */
    Set<String> topics();

    /**
     * Applies one event. Runs inside a transaction; throw to roll back and have it retried (and, after
     * the last attempt, dead-lettered). Events of types the handler does not care about are ignored.
     */
    void handle(CloudEvent event) throws Exception;
}
