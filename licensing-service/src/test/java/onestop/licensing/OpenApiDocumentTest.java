package onestop.licensing;

import org.junit.jupiter.api.Test;

import onestop.platform.testing.CommittedOpenApi;

/**
 * The document the service publishes is the one built from its code: the OpenAPI extension, here only as a test
 * dependency, builds it at /api/licensing/openapi/built; the service serves the committed
 * src/main/resources/openapi/document.json (ADR 15), in JSON and in YAML.
 */
@LicensingTest
class OpenApiDocumentTest {

    @Test
    void theCommittedDocumentIsTheOneBuiltFromTheCode() {
        CommittedOpenApi.assertBuiltIsCommitted("/api/licensing/openapi");
    }

    @Test
    void theServiceServesTheCommittedDocumentInJsonAndYaml() {
        CommittedOpenApi.assertServed("/api/licensing/openapi");
    }
}
