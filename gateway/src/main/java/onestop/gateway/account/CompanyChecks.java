package onestop.gateway.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import onestop.platform.companieshouse.CompanyCheck;
import onestop.platform.companieshouse.CompanyCheckQueue;

/**
 * Checks a registered business's company number against Companies House: marked {@code PENDING} in the
 * registration's transaction, then asked about and retried as {@link CompanyCheckQueue} does.
 */
@ApplicationScoped
public class CompanyChecks extends CompanyCheckQueue {

    @Inject
    Event<CompanyCheckRequested> requests;

    /** Marks the business's number as not checked yet, and asks for the check after commit. */
    void pending(Business business) {
        business.companyCheck = business.companyNumber == null ? null : CompanyCheck.Status.PENDING.name();
        business.companyCheckReason = null;
        business.companyRegisteredName = null;
        business.companyCheckedAt = null;
        if (business.companyNumber != null) {
            requests.fire(new CompanyCheckRequested(business.id));
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompanyCheckRequested request) {
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
        return Business.<Business>find("companyCheck = ?1 order by createdAt", CompanyCheck.Status.PENDING.name())
                .page(0, max).list().stream().map(business -> business.id).toList();
    }

    @Override
    protected Optional<Asked> asked(UUID id) {
        return Optional.ofNullable(Business.<Business>findById(id)).filter(b -> b.companyNumber != null)
                .map(b -> new Asked(b.companyNumber, b.name));
    }

    @Override
    protected void answer(UUID id, Asked asked, CompanyCheck check) {
        Business business = Business.findById(id);
        if (business != null && Objects.equals(business.companyNumber, asked.companyNumber())
                && Objects.equals(business.name, asked.name())) {
            business.companyCheck = check.status().name();
            business.companyCheckReason = check.reason();
            business.companyRegisteredName = check.registeredName();
            business.companyCheckedAt = check.checkedAt();
        }
    }
}
