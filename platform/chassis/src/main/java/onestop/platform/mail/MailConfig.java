package onestop.platform.mail;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the mail outbox and its relay ({@code onestop.mail.*}); the mail server is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "onestop.mail")
public interface MailConfig {

    /** Where people reach OneStop: links in emails start here. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** How often the relay looks for mail to send ({@code off}: never, as in tests, which run it by hand). */
    @WithDefault("5s")
    String every();

    /** How many mails one relay round sends at most. */
    @WithDefault("50")
    int batchSize();

    /** How long a send may take before it counts as failed. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** The wait after the first failure; it doubles with each further failure, up to {@link #maxBackoff()}. */
    @WithDefault("10s")
    Duration firstBackoff();

    /** The longest wait between attempts. */
    @WithDefault("30m")
    Duration maxBackoff();

    /** After this many failed attempts a mail is given up (and logged as such). */
    @WithDefault("12")
    int maxAttempts();
}
