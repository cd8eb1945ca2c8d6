package onestop.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyStoreTest {

    @TempDir
    Path temp;

    @Test
    void aFirstStartCreatesAPrivateFolderAndAKeyOnlyItsOwnerCanRead() throws Exception {
        Path dir = temp.resolve("keys");

        List<SigningKey> keys = store(dir, "2026-03-01T09:00:00Z").loadOrCreate();

        assertThat(keys).hasSize(1);
        String kid = keys.get(0).kid();
        assertThat(kid).startsWith("20260301T090000Z-");
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(dir.resolve(kid + ".private.pem"))).isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve(kid + ".public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(keys.get(0).publicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void aRestartKeepsTheSameKey() {
        Path dir = temp.resolve("keys");
        SigningKey first = store(dir, "2026-03-01T09:00:00Z").loadOrCreate().get(0);

        List<SigningKey> again = store(dir, "2026-03-02T09:00:00Z").loadOrCreate();

        assertThat(again).hasSize(1);
        assertThat(again.get(0).kid()).isEqualTo(first.kid());
        assertThat(again.get(0).publicKey()).isEqualTo(first.publicKey());
        assertThat(again.get(0).privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
    }

    @Test
    void afterARotationTheNewestKeySignsAndBothArePublished() {
        Path dir = temp.resolve("keys");
        SigningKey old = store(dir, "2026-03-01T09:00:00Z").loadOrCreate().get(0);
        SigningKey rotated = store(dir, "2026-06-01T09:00:00Z").create();

        List<SigningKey> keys = store(dir, "2026-06-02T09:00:00Z").loadOrCreate();

        assertThat(keys).extracting(SigningKey::kid).containsExactly(old.kid(), rotated.kid());
        assertThat(keys).allMatch(SigningKey::canSign);
    }

    @Test
    void aRetiredKeyWithoutItsPrivateHalfIsStillPublishedButNotUsed() throws Exception {
        Path dir = temp.resolve("keys");
        SigningKey old = store(dir, "2026-03-01T09:00:00Z").loadOrCreate().get(0);
        store(dir, "2026-06-01T09:00:00Z").create();
        Files.delete(dir.resolve(old.kid() + ".private.pem"));

        List<SigningKey> keys = store(dir, "2026-06-02T09:00:00Z").loadOrCreate();

        assertThat(keys).hasSize(2);
        assertThat(keys.get(0).kid()).isEqualTo(old.kid());
        assertThat(keys.get(0).canSign()).isFalse();
        assertThat(keys.get(0).publicKey()).isEqualTo(old.publicKey());
        assertThat(keys.get(1).canSign()).isTrue();
    }

    @Test
    void aFolderWithOnlyRetiredKeysGetsANewSigningKey() throws Exception {
        Path dir = temp.resolve("keys");
        SigningKey old = store(dir, "2026-03-01T09:00:00Z").loadOrCreate().get(0);
        Files.delete(dir.resolve(old.kid() + ".private.pem"));

        List<SigningKey> keys = store(dir, "2026-06-01T09:00:00Z").loadOrCreate();

        assertThat(keys).extracting(SigningKey::canSign).containsExactly(false, true);
    }

    private static SigningKeyStore store(Path dir, String now) {
        return new SigningKeyStore(dir, Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
