package onestop.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
class MailOutboxTest {

    @Inject
    MailOutbox outbox;

    @Inject
    MailRelay relay;

    @Inject
    MockMailbox mailbox;

    @Inject
    EntityManager em;

    @BeforeEach
    void emptyMailbox() {
        relay.relay();
        mailbox.clear();
    }

    @Test
    void aQueuedMailIsSentOnceAfterItsTransactionCommits() {
        String to = "resident-" + UUID.randomUUID() + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> outbox.queue(to, "Confirm your representation",
                "Open " + outbox.link("/confirm?token=abc") + " to confirm."));

        assertThat(relay.relay()).isEqualTo(1);
        assertThat(relay.relay()).isZero();

        assertThat(mailbox.getMailsSentTo(to)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Confirm your representation");
            assertThat(mail.getText()).isEqualTo("Open http://localhost:8080/confirm?token=abc to confirm.");
        });
    }

    @Test
    void aMailOfARolledBackTransactionIsNeverSent() {
        String to = "resident-" + UUID.randomUUID() + "@example.org";
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(to, "Never", "This change was rolled back.");
            throw new IllegalStateException("the change fails after its mail was queued");
        })).hasMessage("the change fails after its mail was queued");

        assertThat(relay.relay()).isZero();
        assertThat(mailbox.getMailsSentTo(to)).isNullOrEmpty();
    }
}
