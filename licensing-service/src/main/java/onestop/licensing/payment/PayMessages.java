package onestop.licensing.payment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** GOV.UK Pay's request and response bodies, as far as OneStop reads them (Pay adds fields: ignored). */
public final class PayMessages {

    private PayMessages() {
    }

    public record CreatePayment(long amount, String reference, String description,
            @JsonProperty("return_url") String returnUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(@JsonProperty("payment_id") String paymentId, long amount, String reference, State state,
            @JsonProperty("_links") Links links) {

        /** Where the payer pays: only while the payment is not finished. */
        public String nextUrl() {
            return links == null || links.nextUrl() == null ? null : links.nextUrl().href();
        }
    }

    /** {@code status}: created, started, submitted, capturable, success, failed, cancelled or error. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record State(String status, boolean finished, String code, String message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Links(@JsonProperty("next_url") Link nextUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Link(String href) {
    }

    public record RefundRequest(long amount, @JsonProperty("refund_amount_available") long refundAmountAvailable) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refund(@JsonProperty("refund_id") String refundId, long amount, String status) {
    }

    /** A webhook message: which payment, and the payment as Pay now sees it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Webhook(@JsonProperty("webhook_message_id") String messageId,
            @JsonProperty("resource_id") String resourceId, @JsonProperty("resource_type") String resourceType,
            @JsonProperty("event_type") String eventType, Payment resource) {
    }
}
