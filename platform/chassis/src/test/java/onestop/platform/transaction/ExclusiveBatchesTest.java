package onestop.platform.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
class ExclusiveBatchesTest {

    private static final long LOCK = 0x4f5374657374L;

    @Inject
    ExclusiveBatches batches;

    @Inject
    EntityManager em;

    @Test
    void theWorkIsDoneABatchATransactionUntilABatchComesUpShort() {
        String subject = rows(250);
        List<Integer> sizes = new ArrayList<>();

        int total = batches.run(LOCK, 100, size -> {
            int done = markUpTo(subject, size);
            sizes.add(done);
            return done;
        });

        assertThat(total).isEqualTo(250);
        assertThat(sizes).containsExactly(100, 100, 50);
        assertThat(marked(subject)).containsOnly(1);
    }

    @Test
    void twoReplicasAtOnceNeverDoTheSameWorkTwice() throws Exception {
        String subject = rows(60);
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicInteger batchesRun = new AtomicInteger();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> totals = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                totals.add(replicas.submit(() -> {
                    bothStarted.countDown();
                    bothStarted.await(10, TimeUnit.SECONDS);
                    return batches.run(LOCK, 10, size -> {
                        batchesRun.incrementAndGet();
                        // reads the rows still to do without claiming them, and takes its time: only the lock keeps
                        // the other replica from reading the same rows meanwhile
                        @SuppressWarnings("unchecked")
                        List<UUID> due = em.createNativeQuery(
                                "select id from note where subject = ?1 and sequence = 0 order by id limit ?2")
                                .setParameter(1, subject).setParameter(2, size).getResultList();
                        em.createNativeQuery("select pg_sleep(0.05)").getSingleResult();
                        if (!due.isEmpty()) {
                            em.createNativeQuery("update note set sequence = sequence + 1 where id in (:ids)")
                                    .setParameter("ids", due).executeUpdate();
                        }
                        return due.size();
                    });
                }));
            }
            int total = totals.get(0).get(60, TimeUnit.SECONDS) + totals.get(1).get(60, TimeUnit.SECONDS);

            assertThat(total).isEqualTo(60);
            assertThat(marked(subject)).containsOnly(1);
            assertThat(batchesRun.get()).isGreaterThanOrEqualTo(7);
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void aBatchThatFailsUndoesItselfAndKeepsWhatTheEarlierOnesDid() {
        String subject = rows(30);
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> batches.run(LOCK, 10, size -> {
            int done = markUpTo(subject, size);
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("the second batch fails after its changes");
            }
            return done;
        })).hasMessage("the second batch fails after its changes");

        assertThat(marked(subject)).containsExactlyInAnyOrder(
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void whileAnotherReplicaHoldsTheLockNothingIsDone() throws Exception {
        String subject = rows(5);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = other.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
                held.countDown();
                try {
                    done.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(batches.run(LOCK, 10, size -> markUpTo(subject, size))).isZero();
            done.countDown();
            holder.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
        assertThat(marked(subject)).containsOnly(0);
    }

    private String rows(int count) {
        String subject = "batch-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into note (id, subject, sequence) select gen_random_uuid(), ?1, 0 from generate_series(1, ?2)""")
                .setParameter(1, subject).setParameter(2, count).executeUpdate());
        return subject;
    }

    @SuppressWarnings("unchecked")
    private int markUpTo(String subject, int size) {
        List<UUID> due = em.createNativeQuery(
                "select id from note where subject = ?1 and sequence = 0 order by id limit ?2 for update skip locked")
                .setParameter(1, subject).setParameter(2, size).getResultList();
        if (!due.isEmpty()) {
            em.createNativeQuery("update note set sequence = sequence + 1 where id in (:ids)").setParameter("ids", due)
                    .executeUpdate();
        }
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private List<Integer> marked(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select sequence from note where subject = ?1").setParameter(1, subject).getResultList());
    }
}
