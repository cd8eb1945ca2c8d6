package onestop.licensing.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A GOV.UK Pay payment of an application's fee. {@code state} is Pay's (created, started, submitted, capturable,
 * success, failed, cancelled, error); only {@code success} pays the fee ({@code paid}). {@code nextUrl}, while the
 * payment is open, is Pay's payment page to send the payer to; {@code failureReason} says why a finished payment
 * took no money; {@code refund} is null or due, submitting, submitted, success, error.
 */
public record PaymentView(UUID applicationId, String paymentId, String state, boolean finished, boolean paid,
        @JsonInclude(JsonInclude.Include.NON_NULL) String nextUrl, int amountPence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String failureReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String refund, Instant createdAt, Instant updatedAt) {
}
