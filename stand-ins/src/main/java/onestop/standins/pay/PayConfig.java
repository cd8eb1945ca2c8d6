package onestop.standins.pay;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The Pay stand-in's settings ({@code standins.pay.*}). */
@ConfigMapping(prefix = "standins.pay")
public interface PayConfig {

    /** The API key a client must present as {@code Authorization: Bearer ...} (Pay issues one per account). */
    @WithDefault("stand-in-pay-key")
    String apiKey();

    /** Where webhooks go (the service's webhook endpoint); none are sent when unset. */
    Optional<String> webhookUrl();

    /** The webhook signing secret: {@code Pay-Signature} is the HMAC-SHA256 (hex) of the body under it. */
    @WithDefault("stand-in-webhook-secret")
    String webhookSecret();

    /** How a browser reaches this stand-in: the start of {@code next_url}. */
    @WithDefault("http://127.0.0.1:8095")
    String publicUrl();

    /** Pay expires a payment its payer has not finished after 90 minutes. */
    @WithDefault("90m")
    Duration expireAfter();
}
