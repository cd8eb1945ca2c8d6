package onestop.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/** A mail server that cannot be reached: nothing is lost, the mail waits and is given up only after its attempts. */
@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
@TestProfile(MailRelayFailureTest.NoMailServer.class)
class MailRelayFailureTest {

    public static class NoMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 1 on the loopback: nothing listens there, every send is refused at once
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.port", "1",
                    "quarkus.mailer.start-tls", "DISABLED", "onestop.mail.max-attempts", "2",
                    "onestop.mail.first-backoff", "0s", "onestop.mail.send-timeout", "5s");
        }
    }

    @Inject
    MailOutbox outbox;

    @Inject
    MailRelay relay;

    @Inject
    EntityManager em;

    @Test
    void aFailedSendIsKeptAndRetriedThenGivenUpAfterItsAttempts() {
        String to = "resident-" + UUID.randomUUID() + "@example.org";
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.queue(to, "Alert", "A new application."));

        assertThat(relay.relay()).isZero();
        Object[] first = row(id);
        assertThat(first[0]).as("attempts").isEqualTo(1);
        assertThat(first[1]).as("sent").isNull();
        assertThat(first[2]).as("given up").isNull();
        assertThat((String) first[3]).as("last error").isNotBlank();

        assertThat(relay.relay()).isZero();
        Object[] second = row(id);
        assertThat(second[0]).as("attempts").isEqualTo(2);
        assertThat(second[1]).as("sent").isNull();
        assertThat(second[2]).as("given up after the last attempt").isNotNull();

        assertThat(relay.relay()).isZero();
        assertThat(row(id)[0]).as("a mail given up is not tried again").isEqualTo(2);
    }

    @Test
    void theWaitDoublesUpToItsLimit() {
        Duration first = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(30);
        assertThat(MailRelay.backoff(1, first, max)).isEqualTo(Duration.ofSeconds(10));
        assertThat(MailRelay.backoff(2, first, max)).isEqualTo(Duration.ofSeconds(20));
        assertThat(MailRelay.backoff(4, first, max)).isEqualTo(Duration.ofSeconds(80));
        assertThat(MailRelay.backoff(20, first, max)).isEqualTo(max);
    }

    private Object[] row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select attempts, sent_at, given_up_at, last_error from mail_outbox where id = ?1")
                .setParameter(1, id).getSingleResult());
    }
}
