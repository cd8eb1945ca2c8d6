package onestop.licensing.payment;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.application.ApplicationWithdrawn;

/**
 * The one refund OneStop makes: no licence type's fee is refundable once the council has started work on it, so
 * the fee of an application withdrawn before the council validated it (draft, submitted, or waiting for
 * information asked before validation) is owed back. The reconciliation job asks Pay for it.
 */
@ApplicationScoped
public class PaymentRefunds {

    static final Set<ApplicationStatus> BEFORE_VALIDATION = Set.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
            ApplicationStatus.INFORMATION_REQUESTED);

    @Inject
    PaymentSettlement settlement;

    void onWithdrawal(@Observes ApplicationWithdrawn withdrawn) {
        if (BEFORE_VALIDATION.contains(withdrawn.from()) && withdrawn.application().isPaid()) {
            settlement.refundDue(withdrawn.application(), "withdrawn before the council validated it");
        }
    }
}
