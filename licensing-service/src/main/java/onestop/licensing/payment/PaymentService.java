package onestop.licensing.payment;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.PaymentView;
import onestop.licensing.application.Application;
import onestop.licensing.application.ApplicationAccess;
import onestop.licensing.application.ApplicationAction;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.problem.Duplicate;

/** Pays an application's fee through the {@link PaymentProvider} and records the reference on the application. */
@ApplicationScoped
public class PaymentService {

    @Inject
    ApplicationAccess access;

    @Inject
    PaymentProvider provider;

    @Inject
    Timeline timeline;

    @Transactional
    public PaymentView pay(UUID applicationId, Actor actor) {
        Application application = access.find(applicationId);
        application.check(ApplicationAction.PAY, actor);
        if (application.isPaid()) {
            throw new Duplicate("The fee for " + application.reference + " has already been paid ("
                    + application.paymentReference + ").");
        }
        LicenceType type = LicenceType.findById(application.licenceTypeCode);
        PaymentProvider.Receipt receipt = provider.take(new PaymentProvider.Charge(application.id,
                application.reference, application.feePence, type.name + " application " + application.reference));
        application.recordPayment(receipt.paymentReference(), actor, receipt.paidAt());
        timeline.note(application.id, actor, String.format("Fee of £%d.%02d paid (payment %s).",
                receipt.amountPence() / 100, receipt.amountPence() % 100, receipt.paymentReference()));
        return new PaymentView(application.id, receipt.paymentReference(), receipt.amountPence(), receipt.paidAt());
    }
}
