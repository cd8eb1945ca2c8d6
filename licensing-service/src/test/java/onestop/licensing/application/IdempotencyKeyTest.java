package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/**
 * A create retried with the same Idempotency-Key (onestop.platform.idempotency) makes one application and gets the
 * first answer again; the key with another body is 422; the answer is kept in the service's database only, so it
 * holds on any replica and after a restart.
 */
@LicensingTest
class IdempotencyKeyTest {

    @Inject
    EntityManager em;

    private final Business business = Business.create();

    @Test
    void aRetriedCreateMakesOneApplicationAndGetsTheSameAnswer() {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = create(business, key, "Retried bakery");
        ExtractableResponse<Response> retry = create(business, key, "Retried bakery");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        as(business.token()).when().get(API + "/applications").then().statusCode(200).body("total", is(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndActsNot() {
        String key = UUID.randomUUID().toString();
        create(business, key, "First body");

        ExtractableResponse<Response> other = create(business, key, "Another body");

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
        as(business.token()).when().get(API + "/applications").then().body("total", is(1));
    }

    @Test
    void anotherCallersKeyIsTheirsAlone() {
        String key = UUID.randomUUID().toString();
        Business other = Business.create();
        String mine = create(business, key, "Shared key").path("id");
        String theirs = create(other, key, "Shared key").path("id");

        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void aRefusalIsKeptTooButWithoutAKeyEveryRequestActs() {
        String key = UUID.randomUUID().toString();
        as(business.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("kind", "NEW"))
                .when().post(API + "/applications").then().statusCode(400);
        as(business.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("kind", "NEW"))
                .when().post(API + "/applications").then().statusCode(400).header("Idempotent-Replayed", "true");

        Licensing.draft(business, "HMO_LICENCE", Licensing.premises("No key"), Map.of());
        Licensing.draft(business, "HMO_LICENCE", Licensing.premises("No key"), Map.of());
        as(business.token()).when().get(API + "/applications").then().body("total", is(2));
    }

    @Test
    @Transactional
    void theAnswerIsKeptInTheDatabaseScopedByTheCaller() {
        String key = UUID.randomUUID().toString();
        String id = create(business, key, "Kept bakery").path("id");

        Object[] row = (Object[]) em.createNativeQuery(
                "select scope, status, convert_from(body, 'UTF8') from idempotency_keys where key = ?1")
                .setParameter(1, key).getSingleResult();
        assertThat((String) row[0]).startsWith("subject:");
        assertThat(((Number) row[1]).intValue()).isEqualTo(201);
        assertThat((String) row[2]).contains(id);
    }

    @Test
    void aBlankOrOverlongKeyIs400() {
        create(business, "x".repeat(256), "Long key");
        assertThat(create(business, "x".repeat(256), "Long key").statusCode()).isEqualTo(400);
    }

    private static ExtractableResponse<Response> create(Business business, String key, String name) {
        return as(business.token()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "HMO_LICENCE", "kind", "NEW", "premises", Licensing.premises(name),
                        "details", Map.of(), "holderName", name + " Ltd"))
                .when().post(API + "/applications").then().extract();
    }
}
