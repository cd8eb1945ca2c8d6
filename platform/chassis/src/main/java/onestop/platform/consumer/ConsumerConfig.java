package onestop.platform.consumer;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the event consumers ({@code onestop.consumer.*}). */
@ConfigMapping(prefix = "onestop.consumer")
public interface ConsumerConfig {

    /** Whether the consumers run in this process. */
    @WithDefault("true")
    boolean enabled();

    /** Attempts before an event is sent to the dead-letter topic. */
    @WithDefault("3")
    int maxAttempts();

    /** Pause between attempts (doubled each time). */
    @WithDefault("200ms")
    Duration retryBackoff();

    /** How long the ids of handled events are kept to recognise redeliveries. */
    @WithDefault("P30D")
    Duration processedRetention();

    /** A consumer that has not polled for this long is reported not ready. */
    @WithDefault("60s")
    Duration stallAfter();
}
