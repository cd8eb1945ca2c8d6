package onestop.licensing.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import onestop.licensing.api.LicensingEvents;
import onestop.licensing.application.Application;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.events.EventType;
import onestop.platform.outbox.Outbox;

/**
 * Records what Pay says of a payment, whoever learned it (the payer's return, a webhook, the reconciliation job),
 * in one transaction with the application and its timeline. Only {@code success} pays the fee; the same news
 * twice, or older news arriving late, changes nothing; a second successful payment of a fee already paid is owed back (refund due).
 */
@ApplicationScoped
public class PaymentSettlement {

    @Inject
    Clock clock;

    @Inject
    Timeline timeline;

    @Inject
    Outbox outbox;

    @Transactional
    public Payment created(Application application, PayMessages.Payment created, Actor actor) {
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.applicationId = application.id;
        payment.payId = created.paymentId();
        payment.amountPence = Math.toIntExact(created.amount());
        payment.status = created.state().status();
        payment.finished = created.state().finished();
        payment.nextUrl = created.nextUrl();
        payment.createdAt = Instant.now(clock);
        payment.updatedAt = payment.createdAt;
        payment.persist();
        Application locked = Application.findById(application.id, LockModeType.PESSIMISTIC_WRITE);
        locked.paymentState = payment.status;
        timeline.note(application.id, actor, "Payment of " + pounds(payment.amountPence)
                + " started with GOV.UK Pay (payment " + payment.payId + ").");
        return payment;
    }

    /** Applies Pay's view of the payment; answers the payment as now recorded. */
    @Transactional
    public Payment apply(UUID paymentId, PayMessages.Payment seen) {
        Payment payment = Payment.findById(paymentId, LockModeType.PESSIMISTIC_WRITE);
        PayMessages.State state = seen.state();
        if (state == null || (state.status().equals(payment.status) && state.finished() == payment.finished)) {
            return payment;
        }
        if (payment.finished && !state.finished()) {
            // news older than what is recorded (a webhook for "started" delivered after the payer came back paid):
            // a finished payment never goes back
            return payment;
        }
        payment.status = state.status();
        payment.finished = state.finished();
        payment.failureCode = state.code();
        payment.failureMessage = state.message();
        payment.nextUrl = state.finished() ? null : seen.nextUrl();
        payment.updatedAt = Instant.now(clock);
        Application application = Application.findById(payment.applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (payment.succeeded()) {
            paid(application, payment);
        } else if (payment.finished) {
            String message = "Payment " + payment.payId + " was not completed ("
                    + (state.message() == null ? state.status() : state.message()) + "): the fee is not paid.";
            timeline.note(application.id, Actor.SYSTEM, message);
            raise(LicensingEvents.APPLICATION_PAYMENT_FAILED, application, message);
        }
        if (!application.isPaid() || application.paymentReference.equals(payment.payId)) {
            application.paymentState = payment.status;
        }
        return payment;
    }

    /** A payment Pay never finished within its time: ended here too (Pay's own code for an expired payment). */
    @Transactional
    public void expire(UUID paymentId) {
        Payment payment = Payment.findById(paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment.finished) {
            return;
        }
        apply(paymentId, new PayMessages.Payment(payment.payId, payment.amountPence, null,
                new PayMessages.State("failed", true, "P0020", "Payment expired"), null));
    }

    private void paid(Application application, Payment payment) {
        Instant now = Instant.now(clock);
        if (application.settleFee(payment.payId, now)) {
            String message = "Fee of " + pounds(payment.amountPence) + " paid through GOV.UK Pay (payment "
                    + payment.payId + ").";
            timeline.note(application.id, Actor.SYSTEM, message);
            raise(LicensingEvents.APPLICATION_PAYMENT_SUCCEEDED, application, message);
        } else if (!application.paymentReference.equals(payment.payId)) {
            payment.refundStatus = "due";
            timeline.note(application.id, Actor.SYSTEM, "A second payment of the fee (" + payment.payId
                    + ") was taken: it will be refunded.");
        }
    }

    /** Marks the fee's payment as owed back (a refund the reconciliation job asks Pay for). */
    @Transactional
    public boolean refundDue(Application application, String why) {
        Payment payment = application.paymentReference == null ? null : Payment.byPayId(application.paymentReference);
        if (payment == null || !payment.succeeded() || payment.refundStatus != null) {
            return false;
        }
        payment.refundStatus = "due";
        payment.updatedAt = Instant.now(clock);
        timeline.note(application.id, Actor.SYSTEM, "The fee of " + pounds(payment.amountPence) + " will be refunded ("
                + why + ").");
        return true;
    }

    /** Claims a due refund for one caller (the job on one replica): true when this caller may ask Pay. */
    @Transactional
    public boolean claimRefund(UUID paymentId) {
        return Payment.update("refundStatus = 'submitting' where id = ?1 and refundStatus = 'due'", paymentId) == 1;
    }

    @Transactional
    public void refundAnswered(UUID paymentId, String refundStatus, String refundId) {
        Payment payment = Payment.findById(paymentId, LockModeType.PESSIMISTIC_WRITE);
        payment.refundStatus = refundStatus;
        payment.refundId = refundId;
        payment.updatedAt = Instant.now(clock);
        String what = switch (refundStatus) {
            case "due" -> null;
            case "error" -> "GOV.UK Pay refused the refund of " + pounds(payment.amountPence) + " (payment "
                    + payment.payId + "): the council will refund it another way.";
            default -> "Refund of " + pounds(payment.amountPence) + " asked of GOV.UK Pay (refund " + refundId + ").";
        };
        if (what != null) {
            timeline.note(payment.applicationId, Actor.SYSTEM, what);
        }
        if (refundId != null && !"error".equals(refundStatus) && !"due".equals(refundStatus)) {
            raise(LicensingEvents.APPLICATION_PAYMENT_REFUNDED, Application.findById(payment.applicationId), what);
        }
    }

    // in the caller's transaction, so that the event goes out exactly when the payment's new state is committed
    private void raise(EventType type, Application application, String message) {
        outbox.append(type, LicensingEvents.APPLICATION, application.id,
                application.event(application.status, message, Instant.now(clock)));
    }

    static String pounds(int pence) {
        return String.format("£%d.%02d", pence / 100, pence % 100);
    }
}
