package onestop.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    @Test
    void saslAndTlsSettingsReachEveryClient() {
        Map<String, String> configured = Map.of("bootstrap.servers", "kafka-0:9093",
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12", "ssl.truststore.type", "PKCS12");
        Properties props = KafkaClients.properties(configured::get);
        assertThat(props).containsAllEntriesOf(configured).hasSize(configured.size());
    }

    @Test
    void withoutBrokersNoClientStarts() {
        assertThatThrownBy(() -> KafkaClients.properties(key -> null)).hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
    }
}
