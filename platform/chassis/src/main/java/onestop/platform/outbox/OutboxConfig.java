package onestop.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox and its relay ({@code onestop.outbox.*}). */
@ConfigMapping(prefix = "onestop.outbox")
public interface OutboxConfig {

    /** The topic this service publishes to, e.g. {@code onestop.licensing.v1}. */
    String topic();

    /** The CloudEvents {@code source} of this service's events, e.g. {@code /onestop/licensing}. */
    String source();

    /** Whether the relay runs in this process. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How many rows one relay round publishes at most. */
    @WithDefault("200")
    int batchSize();

    /** How often the relay looks for rows written by other processes; local writes wake it at once. */
    @WithDefault("500ms")
    Duration pollInterval();

    /** The longest wait between attempts while Kafka is unreachable. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How long a send may take before the round counts as failed. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How long published rows are kept before the cleanup job deletes them. */
    @WithDefault("P7D")
    Duration retention();

    /** Partitions of the topic when the relay creates it. */
    @WithDefault("3")
    int partitions();

    /** Replication factor of the topic when the relay creates it (3 on a production cluster). */
    @WithDefault("1")
    short replicationFactor();
}
