package onestop.opportunities.supplier;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.scheduler.Scheduled;
import onestop.platform.companieshouse.CompanyCheck;
import onestop.platform.companieshouse.CompanyCheckQueue;

/**
 * Checks a supplier profile's company number against Companies House: marked {@code PENDING} when the number or
 * name changes, then asked about and retried as {@link CompanyCheckQueue} does. Results are written by SQL so that
 * they never bump the profile's version (a person editing it is not told it changed under them).
 */
@ApplicationScoped
public class SupplierCompanyChecks extends CompanyCheckQueue {

    record Requested(UUID businessId) {
    }

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
        checkSoon(request.businessId());
    }

    @Scheduled(every = "${onestop.companies-house.retry-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        retryPending();
    }

    @Override
    protected List<UUID> pending(int max) {
        return Supplier.<Supplier>find("companyCheck = ?1 order by updatedAt", CompanyCheck.Status.PENDING.name())
                .page(0, max).list().stream().map(supplier -> supplier.businessId).toList();
    }

    @Override
    protected Optional<Asked> asked(UUID businessId) {
        return Optional.ofNullable(Supplier.<Supplier>findById(businessId)).filter(s -> s.companyNumber != null)
                .map(s -> new Asked(s.companyNumber, s.name));
    }

    @Override
    protected void answer(UUID businessId, Asked asked, CompanyCheck check) {
        em.createNativeQuery("""
                update supplier set company_check = ?1, company_check_reason = ?2, company_registered_name = ?3,
                    company_checked_at = ?4
                where business_id = ?5 and company_number = ?6 and name = ?7""")
                .setParameter(1, check.status().name()).setParameter(2, check.reason())
                .setParameter(3, check.registeredName()).setParameter(4, check.checkedAt())
                .setParameter(5, businessId).setParameter(6, asked.companyNumber()).setParameter(7, asked.name())
                .executeUpdate();
    }
}
