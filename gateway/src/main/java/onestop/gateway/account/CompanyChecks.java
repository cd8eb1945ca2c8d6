package onestop.gateway.account;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import onestop.platform.companieshouse.CompaniesHouse;
import onestop.platform.companieshouse.CompanyCheck;

/**
 * Checks a registered business's company number against Companies House: marked {@code PENDING} in the
 * registration's transaction, asked once it commits (on a worker, so registration never waits for Companies
 * House), and asked again by {@link #retryPending()} while Companies House cannot be reached.
 */
@ApplicationScoped
public class CompanyChecks {

    @Inject
    CompaniesHouse companiesHouse;

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
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> Business.<Business>find(
                "companyCheck = ?1 order by createdAt", CompanyCheck.Status.PENDING.name()).page(0, 100).list()
                .stream().map(business -> business.id).toList());
        int answered = 0;
        for (UUID id : pending) {
            if (check(id)) {
                answered++;
            }
        }
        return answered;
    }

    /** Checks one business (outside any transaction: Companies House may be slow); whether it got an answer. */
    boolean check(UUID businessId) {
        Business before = QuarkusTransaction.requiringNew().call(() -> Business.<Business>findById(businessId));
        if (before == null || before.companyNumber == null) {
            return false;
        }
        CompanyCheck check = companiesHouse.check(before.companyNumber, before.name);
        if (check.status() == CompanyCheck.Status.PENDING) {
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Business business = Business.findById(businessId);
            // a number or name changed meanwhile is checked again for its own sake
            if (business != null && Objects.equals(business.companyNumber, before.companyNumber)
                    && Objects.equals(business.name, before.name)) {
                business.companyCheck = check.status().name();
                business.companyCheckReason = check.reason();
                business.companyRegisteredName = check.registeredName();
                business.companyCheckedAt = check.checkedAt();
            }
        });
        return true;
    }
}
