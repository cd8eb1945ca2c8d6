package onestop.platform.kafka;

import java.util.List;
import java.util.Properties;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The settings every Kafka client of a service shares: where the brokers are and how to reach them safely.
 * {@code kafka.bootstrap.servers} and, where the cluster asks for them, {@code kafka.security.protocol},
 * {@code kafka.sasl.*} and {@code kafka.ssl.*} (or their environment variables, {@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_JAAS_CONFIG}, ...) reach the outbox relay, the consumers and the dead-letter producer alike.
 */
public final class KafkaClients {

    /** The client settings passed through when configured (see deploy/README.md). */
    static final List<String> CONNECTION = List.of("bootstrap.servers", "security.protocol",
            "sasl.mechanism", "sasl.jaas.config", "sasl.client.callback.handler.class", "sasl.login.callback.handler.class",
            "sasl.oauthbearer.token.endpoint.url",
            "ssl.truststore.location", "ssl.truststore.password", "ssl.truststore.type",
            "ssl.truststore.certificates", "ssl.keystore.location", "ssl.keystore.password", "ssl.keystore.type",
            "ssl.keystore.certificate.chain", "ssl.keystore.key", "ssl.key.password",
            "ssl.endpoint.identification.algorithm", "ssl.protocol", "ssl.enabled.protocols");

    private KafkaClients() {
    }

    /** A client's properties: the shared connection settings from the service's configuration. */
    public static Properties properties() {
        Config config = ConfigProvider.getConfig();
        return properties(key -> config.getOptionalValue("kafka." + key, String.class).orElse(null));
    }

    static Properties properties(Function<String, String> setting) {
        Properties props = new Properties();
        for (String key : CONNECTION) {
            String value = setting.apply(key);
            if (value != null && !value.isBlank()) {
                props.put(key, value);
            }
        }
        if (!props.containsKey("bootstrap.servers")) {
            throw new IllegalStateException("kafka.bootstrap.servers (KAFKA_BOOTSTRAP_SERVERS) is not set");
        }
        return props;
    }
}
