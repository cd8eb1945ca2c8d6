package onestop.opportunities;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings ({@code opportunities.*}). */
@ConfigMapping(prefix = "opportunities")
public interface OpportunitiesConfig {

    Search search();

    ClosingJob closingJob();

    Documents documents();

    /** The public address of the API, for links in open data (OCDS package {@code uri}). */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Documents attached to notices. */
    interface Documents {

        /** Where files are stored, under generated names. */
        Path dir();

        /** The largest upload accepted (10 MB). */
        @WithDefault("10485760")
        long maxBytes();
    }

    /** When the job that closes notices at their closingAt runs (read by its {@code @Scheduled}). */
    interface ClosingJob {

        @WithDefault("30s")
        String every();

        @WithDefault("5s")
        String delay();
    }

    interface Search {

        /**
         * How often the search index looks for notices written by other replicas (its own commits are
         * applied at once); a change is found by every replica within about this long (ADR 10).
         */
        @WithDefault("0.5s")
        Duration catchUpEvery();

        /**
         * How many searches run at once; the others wait their turn, first come first served. A search
         * only computes (the index is in memory), so more at once than there are processors only slows
         * each one down. Unset: the number of processors.
         */
        OptionalInt concurrency();
    }
}
