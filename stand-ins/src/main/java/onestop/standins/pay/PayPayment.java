package onestop.standins.pay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One payment as GOV.UK Pay keeps it: what was asked for, where its payer goes back to, and its state
 * ({@code created → started → submitted → success}, or {@code failed} with a code, or {@code cancelled}).
 */
public final class PayPayment {

    /** A refund of part or all of a successful payment. */
    public record Refund(String refundId, long amount, String status, Instant createdDate) {
    }

    final String paymentId;
    final long amount;
    final String reference;
    final String description;
    final String returnUrl;
    final Instant createdDate;
    String status = "created";
    String code;
    String message;
    String cardholderName;
    String lastDigits;
    final List<Refund> refunds = new ArrayList<>();

    PayPayment(String paymentId, long amount, String reference, String description, String returnUrl,
            Instant createdDate) {
        this.paymentId = paymentId;
        this.amount = amount;
        this.reference = reference;
        this.description = description;
        this.returnUrl = returnUrl;
        this.createdDate = createdDate;
    }

    /** Pay's "finished": no further change of state will happen (but refunds). */
    public boolean finished() {
        return !List.of("created", "started", "submitted", "capturable").contains(status);
    }

    long refunded() {
        return refunds.stream().mapToLong(Refund::amount).sum();
    }

    public String paymentId() {
        return paymentId;
    }

    public String status() {
        return status;
    }

    public String code() {
        return code;
    }

    public long amount() {
        return amount;
    }

    public String reference() {
        return reference;
    }

    public String description() {
        return description;
    }

    public String returnUrl() {
        return returnUrl;
    }
}
