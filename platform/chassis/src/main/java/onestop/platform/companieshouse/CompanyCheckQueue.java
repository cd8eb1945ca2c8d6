package onestop.platform.companieshouse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Company numbers waiting for Companies House: each asked about once the record that holds it commits (on a
 * worker, so that saving never waits for Companies House), and asked again by {@link #retryPending()} while
 * Companies House cannot be reached. An answer is kept only if the number and name are still those asked about:
 * one changed meanwhile is asked about again for its own sake. A module says where its numbers are kept; its bean
 * calls {@link #checkSoon} after commit and {@link #retryPending()} on a schedule.
 */
public abstract class CompanyCheckQueue {

    /** How many pending numbers one retry asks about at most. */
    static final int BATCH = 100;

    /** A company number and the name given with it, as they were when Companies House was asked. */
    public record Asked(String companyNumber, String name) {
    }

    @Inject
    protected CompaniesHouse companiesHouse;

    /** Up to {@code max} records whose check is pending, longest waiting first; called in a transaction. */
    protected abstract List<UUID> pending(int max);

    /** The number and name of the record to ask about; empty when it has no number or is gone; in a transaction. */
    protected abstract Optional<Asked> asked(UUID id);

    /** Keeps Companies House's answer unless the number or name changed since {@code asked}; in a transaction. */
    protected abstract void answer(UUID id, Asked asked, CompanyCheck answer);

    /** Asks about the record on a worker: call it after the transaction that marked it pending has committed. */
    protected void checkSoon(UUID id) {
        Infrastructure.getDefaultWorkerPool().execute(() -> check(id));
    }

    /** Asks again about every number still pending; returns how many got an answer. */
    public int retryPending() {
        if (!companiesHouse.configured()) {
            return 0;
        }
        int answered = 0;
        for (UUID id : QuarkusTransaction.requiringNew().call(() -> pending(BATCH))) {
            if (check(id)) {
                answered++;
            }
        }
        return answered;
    }

    /** Checks one record (outside any transaction: Companies House may be slow); whether it got an answer. */
    public boolean check(UUID id) {
        Optional<Asked> asked = QuarkusTransaction.requiringNew().call(() -> asked(id));
        if (asked.isEmpty()) {
            return false;
        }
        CompanyCheck check = companiesHouse.check(asked.get().companyNumber(), asked.get().name());
        if (check.status() == CompanyCheck.Status.PENDING) {
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> answer(id, asked.get(), check));
        return true;
    }
}
