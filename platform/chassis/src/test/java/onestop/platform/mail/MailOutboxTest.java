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

    @Test
    void aTextMessageThroughAMailServerIsGivenUpAtOnceAndNothingIsMailed() {
        String mobile = "+447700900" + String.format("%03d", Math.floorMod(UUID.randomUUID().hashCode(), 1000));
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.queueText("mobile-code", mobile,
                "Your OneStop security code is 12345."));

        assertThat(relay.relay()).isZero();
        assertThat(relay.relay()).as("not tried again").isZero();

        assertThat(mailbox.getTotalMessagesSent()).isZero();
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select given_up_at is not null, attempts, last_error from mail_outbox where id = ?1")
                .setParameter(1, id).getSingleResult());
        assertThat(row[0]).as("given up").isEqualTo(true);
        assertThat(((Number) row[1]).intValue()).isEqualTo(1);
        assertThat((String) row[2]).contains("needs GOV.UK Notify");
    }
}
