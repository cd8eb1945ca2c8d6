package onestop.platform.metrics;

/**
 * A business number a service keeps in its database (applications by state, notices open), published on
 * {@code /q/metrics} as a gauge and refreshed every {@code onestop.metrics.stored-every} (30 s) by
 * {@link StoredGauges}, so that a scrape never queries the database. {@code sql} answers one number, or, with a
 * {@code tag}, rows of (tag value, number): one gauge per value.
 */
public record StoredGauge(String name, String description, String tag, String sql) {

    public static StoredGauge of(String name, String description, String sql) {
        return new StoredGauge(name, description, null, sql);
    }

    public static StoredGauge byTag(String name, String description, String tag, String sql) {
        return new StoredGauge(name, description, tag, sql);
    }
}
