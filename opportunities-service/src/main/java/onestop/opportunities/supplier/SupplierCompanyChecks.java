package onestop.opportunities.supplier;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import onestop.platform.companieshouse.CompaniesHouse;
import onestop.platform.companieshouse.CompanyCheck;

/**
 * Checks a supplier profile's company number against Companies House: marked {@code PENDING} when the number or
 * name changes, asked once that commits (on a worker: saving never waits for Companies House), and asked again by
 * {@link #retryPending()} while Companies House cannot be reached. Results are written by SQL so that they never
 * bump the profile's version (a person editing it is not told it changed under them).
 */
@ApplicationScoped
public class SupplierCompanyChecks {

    record Requested(UUID businessId) {
    }

    @Inject
    CompaniesHouse companiesHouse;

    @Inject
    Event<Requested> requests;

    @Inject
    EntityManager em;

    void pending(Supplier supplier) {
        supplier.companyCheck = supplier.companyNumber == null ? null : CompanyCheck.Status.PENDING.name();
        supplier.companyCheckReason = null;
        supplier.companyRegisteredName = null;
        supplier.companyCheckedAt = null;
        if (supplier.companyNumber != null) {
            requests.fire(new Requested(supplier.businessId));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested request) {
        Infrastructure.getDefaultWorkerPool().execute(() -> check(request.businessId()));
    }

    @Scheduled(every = "${onestop.companies-house.retry-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        retryPending();
    }

    /** Asks again about every number still pending; returns how many got an answer. */
    public int retryPending() {
        if (!companiesHouse.configured()) {
            return 0;
        }
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> Supplier.<Supplier>find(
                "companyCheck = ?1 order by updatedAt", CompanyCheck.Status.PENDING.name()).page(0, 100).list()
                .stream().map(supplier -> supplier.businessId).toList());
        int answered = 0;
        for (UUID id : pending) {
            if (check(id)) {
                answered++;
            }
        }
        return answered;
    }

    boolean check(UUID businessId) {
        Supplier before = QuarkusTransaction.requiringNew().call(() -> Supplier.<Supplier>findById(businessId));
        if (before == null || before.companyNumber == null) {
            return false;
        }
        CompanyCheck check = companiesHouse.check(before.companyNumber, before.name);
        if (check.status() == CompanyCheck.Status.PENDING) {
            return false;
        }
        // only if the number and name are still those checked
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update supplier set company_check = ?1, company_check_reason = ?2, company_registered_name = ?3,
                    company_checked_at = ?4
                where business_id = ?5 and company_number = ?6 and name = ?7""")
                .setParameter(1, check.status().name()).setParameter(2, check.reason())
                .setParameter(3, check.registeredName()).setParameter(4, check.checkedAt())
                .setParameter(5, businessId).setParameter(6, before.companyNumber).setParameter(7, before.name)
                .executeUpdate());
        return true;
    }
}
