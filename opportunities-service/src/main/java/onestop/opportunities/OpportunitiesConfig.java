package onestop.opportunities;

import java.nio.file.Path;
import java.time.Duration;

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

        /** Matches are counted exactly up to this many; beyond it the total is PostgreSQL's estimate. */
        @WithDefault("10000")
        int countLimit();

        /**
         * Relevance ranks at most this many candidates: all matches when there are fewer, otherwise the
         * most recently published ones. Bounds the cost of a common word (see docs/performance.md).
         */
        @WithDefault("1000")
        int rankCandidates();

        /** How long facet counts and the total of one search are reused; 0 turns the cache off. */
        @WithDefault("30s")
        Duration facetCacheTtl();

        /** How long one page of one search is reused (the same search again within it); 0 turns it off. */
        @WithDefault("5s")
        Duration pageCacheTtl();
    }
}
