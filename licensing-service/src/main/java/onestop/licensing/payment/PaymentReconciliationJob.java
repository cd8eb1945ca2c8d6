package onestop.licensing.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Settles what neither the payer's return nor a webhook did: a payment left {@code created} or {@code started}
 * for {@code licensing.pay.settle-after} is asked of Pay; one still open after {@code expire-after} (Pay's own
 * 90 minutes) is cancelled at Pay and ended here. Then asks Pay for the refunds owed. While Pay cannot be reached
 * it stops and tries again next round; nothing is marked paid without Pay saying so.
 */
@ApplicationScoped
public class PaymentReconciliationJob {

    private static final Logger LOG = Logger.getLogger(PaymentReconciliationJob.class);
    private static final int BATCH = 100;
    private static final int GIVE_UP_AFTER = 3;

    @Inject
    Clock clock;

    @Inject
    PayConfig config;

    @Inject
    PayCalls pay;

    @Inject
    PaymentSettlement settlement;

    @Scheduled(every = "${licensing.jobs.every}", delayed = "${licensing.jobs.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run();
    }

    /** One round; answers how many payments it changed or refunded. */
    public int run() {
        try {
            return settleOpen() + refundDue();
        } catch (PayUnavailable e) {
            LOG.info("GOV.UK Pay cannot be reached: payments are settled in a later round");
            return 0;
        }
    }

    private int settleOpen() {
        Instant now = Instant.now(clock);
        List<Payment> open = Payment.find("finished = false and createdAt < ?1 order by createdAt",
                now.minus(config.settleAfter())).page(0, BATCH).list();
        int changed = 0;
        int failed = 0;
        for (Payment payment : open) {
            try {
                changed += settle(payment, now) ? 1 : 0;
                failed = 0;
            } catch (PayUnavailable e) {
                // one payment Pay will not tell us about must not hold up the rest; several in a row is an outage
                if (++failed >= GIVE_UP_AFTER) {
                    throw e;
                }
            }
        }
        return changed;
    }

    private boolean settle(Payment payment, Instant now) {
        Payment seen = settlement.apply(payment.id, pay.get(payment.payId));
        if (!seen.finished && seen.createdAt.isBefore(now.minus(config.expireAfter()))) {
            try {
                pay.cancel(seen.payId);
            } catch (WebApplicationException e) {
                // finished at Pay meanwhile: ask again below
            }
            seen = settlement.apply(payment.id, pay.get(payment.payId));
            if (!seen.finished) {
                settlement.expire(payment.id);
            }
        }
        return !seen.status.equals(payment.status) || seen.finished != payment.finished;
    }

    private int refundDue() {
        List<Payment> due = Payment.find("refundStatus = 'due' order by updatedAt").page(0, BATCH).list();
        int refunded = 0;
        for (Payment payment : due) {
            if (!settlement.claimRefund(payment.id)) {
                continue;
            }
            try {
                PayMessages.Refund refund = pay.refund(payment.payId, payment.amountPence);
                settlement.refundAnswered(payment.id, refund.status(), refund.refundId());
                refunded++;
            } catch (PayUnavailable e) {
                settlement.refundAnswered(payment.id, "due", null);
                throw e;
            } catch (WebApplicationException e) {
                LOG.warnf("GOV.UK Pay refused the refund of payment %s: HTTP %d", payment.payId,
                        e.getResponse().getStatus());
                settlement.refundAnswered(payment.id, "error", null);
            }
        }
        return refunded;
    }
}
