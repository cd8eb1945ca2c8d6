package onestop.platform.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Settings of the mail outbox and its relay ({@code onestop.mail.*}); the mail server is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "onestop.mail")
public interface MailConfig {

    /** Where people reach OneStop: links in emails start here. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /**
     * How often the relay looks for mail to send, besides each commit that queued some waking it ({@code off}: never,
     * not even then, as in tests, which run it by hand).
     */
    @WithDefault("5s")
    String every();

    /** How long after the start the relay first looks. */
    @WithDefault("5s")
    String firstAfter();

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

    /** How mail leaves: {@code smtp} (the {@code quarkus.mailer.*} server) or {@code notify} (GOV.UK Notify). */
    @WithDefault("smtp")
    String route();

    /** GOV.UK Notify, used when {@link #route()} is {@code notify}. */
    @WithName("notify")
    Notify govukNotify();

    interface Notify {

        /** The service's Notify API key (a live, team or test key); required for the notify route. */
        Optional<String> apiKey();

        /** Notify's API; the local stand-in's in tests and local runs. */
        @WithDefault("https://api.notifications.service.gov.uk")
        String baseUrl();

        /**
         * The template of each kind of mail ({@code onestop.mail.notify.templates.<kind>=<template id>}); each
         * template is {@code ((subject))} and {@code ((body))}, since OneStop writes the words.
         */
        Map<String, String> templates();

        /** The template of a kind that has none of its own. */
        Optional<String> defaultTemplate();

        /**
         * The text message template every text goes by, {@code ((body))}; without it a service sends no texts
         * ({@link MailRoutes#textsAvailable()}).
         */
        Optional<String> textTemplate();

        /** The bearer token Notify sends with delivery receipts (set on the service's callback in Notify). */
        Optional<String> callbackToken();
    }
}
