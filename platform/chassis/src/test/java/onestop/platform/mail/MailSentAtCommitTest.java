package onestop.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/** A committed mail leaves at once, without waiting for the relay's next look. */
@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
@TestProfile(MailSentAtCommitTest.LooksOnlyHourly.class)
class MailSentAtCommitTest {

    /** The relay's looks an hour apart, the first an hour after the start: only the commit's wake-up can send. */
    public static class LooksOnlyHourly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onestop.mail.every", "1h", "onestop.mail.first-after", "1h");
        }
    }

    @Inject
    MailOutbox outbox;

    @Inject
    MockMailbox mailbox;

    @Test
    void aMailLeavesAsItsTransactionCommits() {
        String to = "applicant-" + UUID.randomUUID() + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.queue(to, "Your application was received", "We will be in touch.");
            outbox.queue(to, "Your payment was received", "Thank you.");
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> mailbox.getMailsSentTo(to) != null
                && mailbox.getMailsSentTo(to).size() == 2);
        assertThat(mailbox.getMailsSentTo(to)).extracting(mail -> mail.getSubject())
                .containsExactlyInAnyOrder("Your application was received", "Your payment was received");
    }
}
