package onestop.licensing.api;

import java.time.Instant;
import java.util.UUID;

/** The recorded fee payment of an application. */
public record PaymentView(UUID applicationId, String paymentReference, int amountPence, Instant paidAt) {
}
