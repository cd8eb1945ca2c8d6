package onestop.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class KeyRotationTest {

    private static final KeyRotation ROTATION = new KeyRotation(Duration.ofMinutes(15), Duration.ofMinutes(15),
            Optional.of(Duration.ofDays(30)));

    private final SigningKey march = key("20260301T090000Z-aaaaaaaa");
    private final SigningKey june = key("20260601T090000Z-bbbbbbbb");

    @Test
    void theOnlyKeySignsAtOnceOnAFirstStart() {
        assertThat(ROTATION.signer(List.of(june), Instant.parse("2026-06-01T09:00:01Z"))).isEqualTo(june);
    }

    @Test
    void aNewKeyIsPublishedButTheOldOneSignsUntilEveryVerifierHasSeenTheNewOne() {
        List<SigningKey> keys = List.of(march, june);

        assertThat(ROTATION.signer(keys, Instant.parse("2026-06-01T09:14:59Z"))).isEqualTo(march);
        assertThat(ROTATION.signer(keys, Instant.parse("2026-06-01T09:15:00Z"))).isEqualTo(june);
    }

    @Test
    void theOldKeyStaysUntilItsLastTokenHasExpired() {
        List<SigningKey> keys = List.of(march, june);

        // the old key signed until 09:15; its tokens live 15 minutes; two minutes for clocks
        assertThat(ROTATION.expired(keys, Instant.parse("2026-06-01T09:31:59Z"))).isEmpty();
        assertThat(ROTATION.expired(keys, Instant.parse("2026-06-01T09:32:01Z"))).containsExactly(march);
    }

    @Test
    void aNewKeyIsDueWhenTheNewestIsOlderThanTheInterval() {
        assertThat(ROTATION.rotationDue(List.of(march), Instant.parse("2026-03-31T08:59:59Z"))).isFalse();
        assertThat(ROTATION.rotationDue(List.of(march), Instant.parse("2026-03-31T09:00:00Z"))).isTrue();
        assertThat(new KeyRotation(Duration.ofMinutes(15), Duration.ofMinutes(15), Optional.empty())
                .rotationDue(List.of(march), Instant.parse("2030-01-01T00:00:00Z"))).isFalse();
    }

    private static SigningKey key(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new SigningKey(kid, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
