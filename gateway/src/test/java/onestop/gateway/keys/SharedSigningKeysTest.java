package onestop.gateway.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * Two gateway replicas are two key stores on one database: they publish the same keys, see each other's
 * rotations, and verify each other's tokens; the private keys in the table are sealed, and only the right
 * encryption key opens them.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class SharedSigningKeysTest {

    private static final KeyRotation ROTATION = new KeyRotation(Duration.ofMinutes(15), Duration.ofMinutes(5),
            Optional.empty());

    @Inject
    DataSource database;

    @Inject
    KeyEncryptionSetting setting;

    @Test
    void twoStoresOnOneDatabasePublishTheSameKeySet() {
        SigningKeyStore first = store(setting.encryption());
        SigningKeyStore second = store(setting.encryption());

        assertThat(jwks(first.loadOrCreate())).isNotEmpty().isEqualTo(jwks(second.loadOrCreate()));
    }

    @Test
    void aRotationByOneReplicaIsPublishedByTheOtherAfterItsRefresh() {
        SigningKeys first = replica();
        SigningKeys second = replica();

        SigningKey rotated = first.rotate();
        assertThat(second.published()).extracting(SigningKey::kid).doesNotContain(rotated.kid());
        second.refresh();

        assertThat(second.published()).extracting(SigningKey::kid).contains(rotated.kid());
        // a key left expired in the table (by an earlier run) leaves each replica at its own refresh: the second's
        // removed it, the first still holds it until its next one
        first.refresh();
        assertThat(jwks(second.published())).isEqualTo(jwks(first.published()));
    }

    @Test
    void aTokenSignedWithAKeyTheOtherReplicaHasNotLoadedVerifiesThere() throws Exception {
        SigningKeys first = replica();
        SigningKeys second = replica();
        SigningKey rotated = first.rotate();
        String token = Jwt.subject("ada@example.com").groups(Set.of("business")).issuer("https://onestop.test")
                .expiresIn(Duration.ofMinutes(5)).jws().algorithm(SignatureAlgorithm.RS256).keyId(rotated.kid())
                .sign(rotated.privateKey());

        JwtClaims claims = new JwtConsumerBuilder().setRequireExpirationTime().setSkipDefaultAudienceValidation()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> second.find(jws.getKeyIdHeaderValue())
                        .orElseThrow(() -> new UnresolvableKeyException("unknown")).publicKey())
                .build().processToClaims(token);

        assertThat(claims.getSubject()).isEqualTo("ada@example.com");
        assertThat(second.published()).extracting(SigningKey::kid).contains(rotated.kid());
    }

    @Test
    void aWrongEncryptionKeyRefusesToLoadNamingTheSetting() {
        store(setting.encryption()).loadOrCreate();
        KeyEncryption wrong = KeyEncryption.of(Base64.getEncoder().encodeToString(new byte[32]));

        assertThatThrownBy(() -> store(wrong).load()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be decrypted with ONESTOP_KEYS_ENCRYPTION_KEY");
        assertThatThrownBy(() -> new SigningKeys(store(wrong), ROTATION, Clock.systemUTC(), Duration.ZERO,
                new KeyFiles(Path.of("target/no-such-folder")))).hasMessageContaining("ONESTOP_KEYS_ENCRYPTION_KEY");
    }

    @Test
    void anEncryptionKeyThatIsNot32BytesOfBase64IsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> KeyEncryption.of("not base64!")).hasMessageContaining(
                "ONESTOP_KEYS_ENCRYPTION_KEY is not base64");
        assertThatThrownBy(() -> KeyEncryption.of(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("ONESTOP_KEYS_ENCRYPTION_KEY holds 16 bytes, not 32");
    }

    @Test
    void theStoredPrivateKeyIsNotInTheTableInPlaintext() throws Exception {
        SigningKey key = store(setting.encryption()).create();

        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement("""
                select position(?::bytea in private_key_sealed) as der_at,
                       position(convert_to('PRIVATE KEY', 'UTF8') in private_key_sealed) as pem_at,
                       length(private_key_sealed) as length, public_key
                from signing_key where kid = ?""")) {
            select.setBytes(1, key.privateKey().getEncoded());
            select.setString(2, key.kid());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getInt("der_at")).isZero();
                assertThat(row.getInt("pem_at")).isZero();
                // the DER and the 16-byte tag: all of it sealed, nothing kept beside it
                assertThat(row.getInt("length")).isEqualTo(key.privateKey().getEncoded().length + 16);
                assertThat(row.getString("public_key")).startsWith("-----BEGIN PUBLIC KEY-----")
                        .doesNotContain("PRIVATE");
            }
        }
        try (Connection connection = database.getConnection(); PreparedStatement nonces = connection.prepareStatement(
                "select count(private_key_nonce), count(distinct private_key_nonce) from signing_key");
                ResultSet row = nonces.executeQuery()) {
            row.next();
            assertThat(row.getLong(2)).as("a nonce of its own per key").isEqualTo(row.getLong(1));
        }
    }

    private SigningKeyStore store(KeyEncryption encryption) {
        return new SigningKeyStore(database, encryption, Clock.systemUTC());
    }

    private SigningKeys replica() {
        return new SigningKeys(store(setting.encryption()), ROTATION, Clock.systemUTC(), Duration.ZERO,
                new KeyFiles(Path.of("target/no-such-folder")));
    }

    private static java.util.List<JsonWebKey> jwks(java.util.List<SigningKey> keys) {
        return keys.stream().map(JsonWebKey::of).toList();
    }
}
