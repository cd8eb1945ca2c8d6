package onestop.gateway.edge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.hibernate.orm.panache.Panache;

/** The sign-in buckets live in the test database, which every test class of the JVM shares: empty them. */
final class SharedBuckets {

    private SharedBuckets() {
    }

    static void empty() {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("delete from rate_limit_bucket").executeUpdate());
    }
}
