package onestop.licensing.payment;

import java.time.Instant;
import java.util.UUID;

/**
 * Takes a fee payment. The local default is {@link SandboxPaymentProvider}; an adapter for a real card
 * payment service (such as GOV.UK Pay) implements this and replaces it.
 */
public interface PaymentProvider {

    /** What to charge, and what for. */
    record Charge(UUID applicationId, String applicationReference, int amountPence, String description) {
    }

    /** The provider's proof of a successful payment. */
    record Receipt(String paymentReference, int amountPence, Instant paidAt) {
    }

    Receipt take(Charge charge);
}
