package onestop.licensing.payment;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the licensing service reaches GOV.UK Pay ({@code licensing.pay.*}): the settings a council takes from its
 * Pay account (API key, webhook signing secret) and where its payers come back to.
 */
@ConfigMapping(prefix = "licensing.pay")
public interface PayConfig {

    /** The real GOV.UK Pay API's host: any other base URL is a stand-in (refused in production unless allowed). */
    String REAL_HOST = "publicapi.payments.service.gov.uk";

    /** {@code https://publicapi.payments.service.gov.uk}, or the local stand-in's {@code http://127.0.0.1:8095/pay}. */
    String baseUrl();

    /** The API key of the council's Pay account (ONESTOP_PAY_API_KEY). */
    String apiKey();

    /** The webhook signing secret of the council's Pay account (ONESTOP_PAY_WEBHOOK_SECRET). */
    String webhookSecret();

    /** Where people reach OneStop: the payer's {@code return_url} starts here. */
    String publicUrl();

    /** A payment not finished after this long is settled by asking Pay, then ended (Pay's own limit: 90 minutes). */
    @WithDefault("90m")
    Duration expireAfter();

    /** The reconciliation job asks Pay about a payment not finished once it is this old. */
    @WithDefault("5m")
    Duration settleAfter();

    /** What {@code Retry-After} says when Pay cannot be reached. */
    @WithDefault("60")
    int retryAfterSeconds();
}
