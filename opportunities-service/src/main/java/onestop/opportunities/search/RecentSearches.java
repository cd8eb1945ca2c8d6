package onestop.opportunities.search;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A small time-bounded memory of recent answers: the same popular search asked again within the TTL is
 * answered without touching the database. When an answer is due for renewal one caller recomputes it
 * while the others are still given the previous one, so that many users of a popular search never all
 * pay for it at once. Bounded in size; a zero TTL turns it off.
 */
final class RecentSearches<K, V> {

    private static final int MAX_ENTRIES = 2000;

    private record Entry<V>(long expiresAtNanos, V value, AtomicBoolean renewing) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    V get(K key, Duration ttl, Supplier<V> compute) {
        if (ttl.isZero()) {
            return compute.get();
        }
        Entry<V> entry = entries.get(key);
        if (entry != null && (entry.expiresAtNanos - System.nanoTime() > 0 || !entry.renewing.compareAndSet(false, true))) {
            return entry.value;
        }
        try {
            V value = compute.get();
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // crude but bounded: a burst of distinct searches only costs recomputation
            }
            entries.put(key, new Entry<>(System.nanoTime() + ttl.toNanos(), value, new AtomicBoolean()));
            return value;
        } catch (RuntimeException e) {
            if (entry != null) {
                entry.renewing.set(false);
            }
            throw e;
        }
    }
}
