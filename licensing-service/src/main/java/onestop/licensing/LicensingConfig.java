package onestop.licensing;

import java.nio.file.Path;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The licensing service's own settings ({@code licensing.*}, or {@code LICENSING_*} environment variables). */
@ConfigMapping(prefix = "licensing")
public interface LicensingConfig {

    Documents documents();

    Jobs jobs();

    /** Uploaded documents. */
    interface Documents {

        /** Where files are stored, under generated names. */
        Path dir();

        /** The largest upload accepted (10 MB). */
        @WithDefault("10485760")
        long maxBytes();
    }

    /** The scheduled jobs: tacit consent, licence expiry, renewal reminders (read by their {@code @Scheduled}). */
    interface Jobs {

        /** How often each job runs, e.g. {@code 60s}; {@code off} disables them (tests run them by hand). */
        String every();

        /** How long after start the first run waits. */
        String delay();
    }
}
