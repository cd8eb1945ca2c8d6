package onestop.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * An Idempotency-Key retry never acts twice, even when the first request's process died between committing its
 * work and keeping its answer; one that died before committing is taken over by a retry once its minute is up.
 */
@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
class IdempotencyCrashTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRetryAfterTheWorkCommittedButTheAnswerWasLostIs409AndActsNot() throws SQLException {
        String key = UUID.randomUUID().toString();
        post(key, key).header(DeathBeforeKeeping.HEADER, "yes").post("/idempotency-notes/" + key).then().statusCode(201);
        expireTheLease(key);

        ExtractableResponse<Response> retry = post(key, key).post("/idempotency-notes/" + key).then().extract();

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.contentType()).startsWith("application/problem+json");
        assertThat(retry.<String>path("type")).endsWith("idempotency-key-outcome-unknown");
        assertThat(retry.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat(notes(key)).isEqualTo(1);
    }

    @Test
    void aRetryAfterTheWorkRolledBackActsOnceTheLeaseIsUp() throws SQLException {
        String key = UUID.randomUUID().toString();
        post(key, key).header(DeathBeforeKeeping.HEADER, "yes").header(NoteResource.FAIL_AFTER_WRITING, "true")
                .post("/idempotency-notes/" + key).then().statusCode(500);
        assertThat(notes(key)).isZero();

        post(key, key).post("/idempotency-notes/" + key).then().statusCode(409); // still in progress for a minute
        expireTheLease(key);
        post(key, key).post("/idempotency-notes/" + key).then().statusCode(201);

        assertThat(notes(key)).isEqualTo(1);
    }

    @Test
    void aRetryOfAnAnsweredRequestGetsTheSameAnswerAndActsNot() throws SQLException {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post(key, key).post("/idempotency-notes/" + key).then().extract();
        ExtractableResponse<Response> retry = post(key, key).post("/idempotency-notes/" + key).then().extract();

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(notes(key)).isEqualTo(1);
    }

    private static io.restassured.specification.RequestSpecification post(String key, String body) {
        return given().header("Idempotency-Key", key).contentType("text/plain").body(body).when();
    }

    // what a minute's wait does, without the wait
    private void expireTheLease(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update idempotency_keys set locked_at = now() - interval '2 minutes' where key = ?")) {
            update.setString(1, key);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private long notes(String subject) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select count(*) from note where subject = ?")) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
