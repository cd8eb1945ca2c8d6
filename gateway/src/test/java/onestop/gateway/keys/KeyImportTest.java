package onestop.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * A first start on an empty table, in a schema of its own (the gateway's table already holds its keys): the
 * keys an older gateway kept in its folder are imported, so its tokens stay valid, and replicas starting at
 * once make one first key between them.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class KeyImportTest {

    private static final String SCHEMA = "signing_key_first_start";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @TempDir
    Path folder;

    private PGSimpleDataSource empty;

    @BeforeEach
    void emptyTable() throws Exception {
        empty = new PGSimpleDataSource();
        empty.setURL(url);
        empty.setUser(username);
        empty.setPassword(password);
        empty.setCurrentSchema(SCHEMA);
        try (Connection connection = empty.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + SCHEMA + " cascade");
            sql.execute("create schema " + SCHEMA);
            sql.execute("create table " + SCHEMA + ".signing_key (like public.signing_key including all)");
        }
    }

    @Test
    void theKeysOfTheFormerFolderAreImportedOnceWithTheirKids() throws Exception {
        RSAPrivateKey retiredPrivate = writeKey("20260101T090000Z-0a0b0c0d", false);
        RSAPrivateKey signing = writeKey("20260301T090000Z-1a2b3c4d", true);
        SigningKeyStore store = store();

        assertThat(store.importFrom(new KeyFiles(folder))).isEqualTo(2);
        assertThat(store.importFrom(new KeyFiles(folder))).as("only into an empty table").isZero();

        List<SigningKey> keys = store.loadOrCreate();
        assertThat(keys).extracting(SigningKey::kid).containsExactly("20260101T090000Z-0a0b0c0d",
                "20260301T090000Z-1a2b3c4d");
        assertThat(keys.get(0).canSign()).isFalse();
        assertThat(keys.get(0).publicKey().getModulus()).isEqualTo(retiredPrivate.getModulus());
        assertThat(keys.get(1).privateKey().getEncoded()).isEqualTo(signing.getEncoded());
    }

    @Test
    void replicasStartingAtOnceOnAnEmptyTableMakeOneKey() {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<SigningKey>>> replicas = List.of(1, 2, 3).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return store().loadOrCreate();
                })).toList();
        start.countDown();

        List<List<String>> seen = replicas.stream().map(CompletableFuture::join)
                .map(keys -> keys.stream().map(SigningKey::kid).toList()).toList();

        assertThat(seen.get(0)).hasSize(1);
        assertThat(seen).allMatch(kids -> kids.equals(seen.get(0)));
    }

    private SigningKeyStore store() {
        return new SigningKeyStore(empty, KeyEncryption.of(KeyEncryptionSetting.DEVELOPMENT_KEY), Clock.systemUTC());
    }

    private RSAPrivateKey writeKey(String kid, boolean keepPrivate) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        Files.writeString(folder.resolve(kid + ".public.pem"), Pem.publicKey((RSAPublicKey) pair.getPublic()));
        if (keepPrivate) {
            Files.writeString(folder.resolve(kid + ".private.pem"), Pem.privateKey((RSAPrivateKey) pair.getPrivate()));
        }
        return (RSAPrivateKey) pair.getPrivate();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
