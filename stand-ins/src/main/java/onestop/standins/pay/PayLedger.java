package onestop.standins.pay;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The stand-in's payments, in memory (a restart forgets them, as a stand-in may). Every change of state is
 * told to the service by a webhook, as Pay does.
 */
@ApplicationScoped
public class PayLedger {

    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, PayPayment> payments = new ConcurrentHashMap<>();

    @Inject
    PayConfig config;

    @Inject
    PayWebhooks webhooks;

    public PayPayment create(long amount, String reference, String description, String returnUrl) {
        PayPayment payment = new PayPayment(newId(), amount, reference, description, returnUrl, Instant.now());
        payments.put(payment.paymentId, payment);
        return payment;
    }

    /** The payment, expired first if its payer has taken longer than Pay allows. */
    public Optional<PayPayment> find(String id) {
        PayPayment payment = payments.get(id);
        if (payment == null) {
            return Optional.empty();
        }
        synchronized (payment) {
            if (!payment.finished() && payment.createdDate.plus(config.expireAfter()).isBefore(Instant.now())) {
                fail(payment, "P0020", "Payment expired", "card_payment_expired");
            }
        }
        return Optional.of(payment);
    }

    /** The payer opened the payment page. */
    public void started(PayPayment payment) {
        synchronized (payment) {
            if (payment.status.equals("created")) {
                move(payment, "started", "card_payment_started");
            }
        }
    }

    /** The payer entered card details; they still have to confirm. */
    public void submitted(PayPayment payment, String cardholderName, String cardNumber) {
        synchronized (payment) {
            payment.cardholderName = cardholderName;
            payment.lastDigits = cardNumber.substring(cardNumber.length() - 4);
            move(payment, "submitted", "card_payment_submitted");
        }
    }

    public void succeeded(PayPayment payment) {
        synchronized (payment) {
            move(payment, "success", "card_payment_succeeded");
        }
    }

    public void declined(PayPayment payment) {
        synchronized (payment) {
            fail(payment, "P0010", "Payment method rejected", "card_payment_failed");
        }
    }

    /** The payer chose "Cancel payment" on the payment page. */
    public void cancelledByPayer(PayPayment payment) {
        synchronized (payment) {
            fail(payment, "P0030", "Payment was cancelled by the user", "card_payment_failed");
        }
    }

    /** The service cancelled it through the API ({@code POST /v1/payments/{id}/cancel}). */
    public boolean cancelledByService(PayPayment payment) {
        synchronized (payment) {
            if (payment.finished()) {
                return false;
            }
            payment.code = "P0040";
            payment.message = "Payment was cancelled by the service";
            move(payment, "cancelled", "card_payment_cancelled");
            return true;
        }
    }

    /** Refunds {@code amount}, or answers empty when that much is not available. */
    public Optional<PayPayment.Refund> refund(PayPayment payment, long amount) {
        synchronized (payment) {
            if (!payment.status.equals("success") || amount <= 0 || amount > payment.amount - payment.refunded()) {
                return Optional.empty();
            }
            PayPayment.Refund refund = new PayPayment.Refund(newId(), amount, "success", Instant.now());
            payment.refunds.add(refund);
            webhooks.send("card_payment_refunded", payment);
            return Optional.of(refund);
        }
    }

    private void fail(PayPayment payment, String code, String message, String event) {
        payment.code = code;
        payment.message = message;
        move(payment, "failed", event);
    }

    private void move(PayPayment payment, String status, String event) {
        payment.status = status;
        webhooks.send(event, payment);
    }

    private static String newId() {
        StringBuilder id = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
