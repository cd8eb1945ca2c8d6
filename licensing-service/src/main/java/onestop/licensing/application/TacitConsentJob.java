package onestop.licensing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Grants, by tacit consent, every complete application of a tacit-consent type still undecided after the
 * last day of its target period (Provision of Services Regulations 2009), but never while its consultation
 * runs nor once anyone has made a representation: those are for an officer (or a hearing) to decide, and the
 * law gives the public and the responsible authorities their full period. Safe with several replicas:
 * rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so each application is granted once.
 */
@ApplicationScoped
public class TacitConsentJob {

    private static final Logger LOG = Logger.getLogger(TacitConsentJob.class);
    private static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    ApplicationService applications;

    @Scheduled(every = "${licensing.jobs.every}", delayed = "${licensing.jobs.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int granted = run();
        if (granted > 0) {
            LOG.infof("Granted %d application(s) by tacit consent", granted);
        }
    }

    /** Grants every application due; returns how many. */
    public int run() {
        int total = 0;
        int granted;
        do {
            granted = QuarkusTransaction.requiringNew().call(this::grantBatch);
            total += granted;
        } while (granted == BATCH);
        return total;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int grantBatch() {
        LocalDate today = applications.today();
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select a.id from application a join licence_type t on t.code = a.licence_type_code
                where t.tacit_consent and a.status in ('SUBMITTED', 'IN_CONSULTATION', 'UNDER_REVIEW')
                  and a.due_date < :today
                  and (a.consultation_ends_at is null or a.consultation_ends_at <= :now)
                  and not exists (select 1 from representation r where r.application_id = a.id)
                order by a.due_date, a.id
                limit :batch
                for update of a skip locked""")
                .setParameter("today", today).setParameter("now", applications.now()).setParameter("batch", BATCH).getResultList();
        for (UUID id : due) {
            applications.grantByTacitConsent(Application.findById(id));
        }
        return due.size();
    }
}
