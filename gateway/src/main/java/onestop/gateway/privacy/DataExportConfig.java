package onestop.gateway.privacy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Subject access exports: how long each service may take to give its part, how often to try, how long to keep. */
@ConfigMapping(prefix = "onestop.gateway.data-export")
public interface DataExportConfig {

    /** The longest a service may take to answer its {@code me/data} part. */
    @WithDefault("60s")
    Duration timeout();

    /** How long a ready ZIP can be downloaded (the privacy notice and the email say 7 days). */
    @WithDefault("7d")
    Duration keep();

    /** Tries before an export fails (a service down for longer): the person may ask again. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait before a try that failed is made again. */
    @WithDefault("1m")
    Duration retryAfter();

    /** The licensing part. */
    @WithDefault("/api/licensing/me/data")
    String licensingPath();

    /** The opportunities part. */
    @WithDefault("/api/opportunities/me/data")
    String opportunitiesPath();

    /** How often exports due are looked for (read by {@link DataExportAssembly}'s schedule). */
    @WithDefault("30s")
    String sweepEvery();

    /** How often expired exports' files are deleted (read by {@link DataExportCleanUp}'s schedule). */
    @WithDefault("1h")
    String cleanUpEvery();
}
