package onestop.licensing.payment;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import onestop.licensing.api.PaymentView;
import onestop.licensing.application.Application;
import onestop.licensing.application.ApplicationAccess;
import onestop.licensing.application.ApplicationAction;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.timeline.Actor;
import onestop.platform.problem.Duplicate;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.RuleViolation;

/**
 * Pays an application's fee through GOV.UK Pay: starting a payment creates one at Pay and answers where to send
 * the payer ({@code next_url}); asking for the payment asks Pay for its state. No database transaction is held
 * while Pay is called; what Pay answers is recorded by {@link PaymentSettlement}. A fee is never charged twice: a
 * payment already open is first settled with Pay (a success there refuses the new one, 409) and cancelled.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    ApplicationAccess access;

    @Inject
    PayCalls pay;

    @Inject
    PayConfig config;

    @Inject
    PaymentSettlement settlement;

    public PaymentView start(UUID applicationId, Actor actor) {
        Application application = access.find(applicationId);
        application.check(ApplicationAction.PAY, actor);
        refuseIfPaid(application);
        if (application.feePence == 0) {
            throw new RuleViolation("There is no fee to pay for " + application.reference + ".");
        }
        Payment open = Payment.latest(application.id);
        if (open != null && !open.finished) {
            Payment now = settlement.apply(open.id, pay.get(open.payId));
            refuseIfSucceeded(now);
            if (!now.finished) {
                cancelAtPay(now);
            }
        }
        LicenceType type = LicenceType.findById(application.licenceTypeCode);
        PayMessages.Payment created = pay.create(new PayMessages.CreatePayment(application.feePence,
                application.reference, type.name + " application " + application.reference,
                config.publicUrl() + "/applications/" + application.id + "/payment-return"));
        return view(settlement.created(application, created, actor));
    }

    /** The latest payment of the fee, after asking Pay for its state if it had not finished. */
    public PaymentView current(UUID applicationId) {
        Application application = access.find(applicationId);
        Payment payment = Payment.latest(application.id);
        if (payment == null) {
            throw new NotFound("No payment has been started for " + application.reference + ".");
        }
        if (!payment.finished) {
            payment = settlement.apply(payment.id, pay.get(payment.payId));
        }
        return view(payment);
    }

    private void cancelAtPay(Payment open) {
        try {
            pay.cancel(open.payId);
        } catch (WebApplicationException e) {
            // it finished at Pay in between: what it became decides
            refuseIfSucceeded(settlement.apply(open.id, pay.get(open.payId)));
            return;
        }
        settlement.apply(open.id, pay.get(open.payId));
    }

    private static void refuseIfPaid(Application application) {
        if (application.isPaid()) {
            throw new Duplicate("The fee for " + application.reference + " has already been paid (payment "
                    + application.paymentReference + ").");
        }
    }

    private static void refuseIfSucceeded(Payment payment) {
        if (payment.succeeded()) {
            throw new Duplicate("The fee has already been paid (payment " + payment.payId + ").");
        }
    }

    static PaymentView view(Payment p) {
        return new PaymentView(p.applicationId, p.payId, p.status, p.finished, p.succeeded(), p.nextUrl,
                p.amountPence, p.failureReason(), p.refundStatus, p.createdAt, p.updatedAt);
    }
}
