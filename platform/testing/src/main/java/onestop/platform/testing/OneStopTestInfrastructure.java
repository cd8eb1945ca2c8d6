package onestop.platform.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real infrastructure a service's tests run against: a PostgreSQL database of the service's own,
 * a Kafka broker, and the public key that verifies {@link TestTokens}.
 *
 * <p>Use it with {@code @WithTestResource(value = OneStopTestInfrastructure.class, initArgs =
 * @ResourceArg(name = "database", value = "licensing"))}, or register it once for the module. Both
 * servers are shared by every test class in the JVM and stopped when it exits.
 */
public class OneStopTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "onestop";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres postgres = EmbeddedPostgres.shared();
        EmbeddedKafka kafka = EmbeddedKafka.shared();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.database(database));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", TestTokens.AUDIENCE);
        return config;
    }

    @Override
    public void stop() {
        // Shared servers outlive a single application start; a JVM shutdown hook stops them.
    }
}
