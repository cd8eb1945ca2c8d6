package onestop.licensing.payment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One GOV.UK Pay payment of an application's fee, with its state as last learned from Pay. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    /** Pay's states before its payer has finished (Pay's {@code finished: false}). */
    static final List<String> OPEN = List.of("created", "started", "submitted", "capturable");

    @Id
    public UUID id;

    @Column(name = "application_id")
    public UUID applicationId;

    /** Pay's {@code payment_id}. */
    @Column(name = "pay_id")
    public String payId;

    @Column(name = "amount_pence")
    public int amountPence;

    public String status;

    public boolean finished;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_message")
    public String failureMessage;

    @Column(name = "next_url")
    public String nextUrl;

    /** null, due, submitting, submitted, success or error. */
    @Column(name = "refund_status")
    public String refundStatus;

    @Column(name = "refund_id")
    public String refundId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean succeeded() {
        return "success".equals(status);
    }

    static Payment latest(UUID applicationId) {
        return find("applicationId = ?1 order by createdAt desc", applicationId).firstResult();
    }

    static Payment byPayId(String payId) {
        return find("payId", payId).firstResult();
    }

    /** What the payer is told when a payment ended without taking the money. */
    String failureReason() {
        if (!finished || succeeded()) {
            return null;
        }
        if ("P0030".equals(failureCode)) {
            return "You cancelled the payment.";
        }
        if ("P0020".equals(failureCode)) {
            return "The payment timed out before it was finished.";
        }
        if ("P0010".equals(failureCode)) {
            return "The card was declined.";
        }
        return "The payment was not completed.";
    }
}
