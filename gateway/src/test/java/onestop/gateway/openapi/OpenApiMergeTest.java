package onestop.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pathsAndComponentsOfEveryServiceAreAddedAndClashingNamesAreRenamedWithTheirReferences() throws Exception {
        ObjectNode own = (ObjectNode) JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"OneStop gateway"},"tags":[{"name":"Me"}],
                 "paths":{"/api/me":{"get":{}}},
                 "components":{"schemas":{"Problem":{"type":"object","title":"gateway"}}}}""");
        Map<String, Optional<JsonNode>> services = new LinkedHashMap<>();
        services.put("licensing", Optional.of(JSON.readTree("""
                {"tags":[{"name":"Me"},{"name":"Licences"}],
                 "paths":{"/api/licensing/licences":{"get":{"responses":{"400":{"content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Problem"}}}}}}}},
                 "components":{"schemas":{"Problem":{"type":"object","title":"licensing"},"Licence":{"type":"object"}}}}
                """)));
        services.put("opportunities", Optional.empty());

        ObjectNode merged = OpenApiMerge.merge(own, services);

        assertThat(merged.path("paths").has("/api/me")).isTrue();
        assertThat(merged.at("/paths/~1api~1licensing~1licences/get/responses/400/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/LicensingProblem");
        assertThat(merged.at("/components/schemas/Problem/title").asText()).isEqualTo("gateway");
        assertThat(merged.at("/components/schemas/LicensingProblem/title").asText()).isEqualTo("licensing");
        assertThat(merged.at("/components/schemas/Licence").isObject()).isTrue();
        assertThat(merged.path("tags").findValuesAsText("name")).containsExactly("Me", "Licences");
        assertThat(merged.at("/info/x-partial").asBoolean()).isTrue();
        assertThat(merged.at("/info/x-missing/0").asText()).isEqualTo("opportunities");
    }

    @Test
    void anOperationIdTwoServicesUseGetsTheServiceNameSoIdsStayUnique() throws Exception {
        ObjectNode own = (ObjectNode) JSON.readTree("""
                {"openapi":"3.1.0","info":{"title":"OneStop gateway"},"paths":{}}""");
        Map<String, Optional<JsonNode>> services = new LinkedHashMap<>();
        services.put("licensing", Optional.of(JSON.readTree("""
                {"paths":{"/api/licensing/documents":{"get":{"operationId":"listDocuments"}}}}""")));
        services.put("opportunities", Optional.of(JSON.readTree("""
                {"paths":{"/api/opportunities/documents":{"get":{"operationId":"listDocuments"}}}}""")));

        ObjectNode merged = OpenApiMerge.merge(own, services);

        assertThat(merged.at("/paths/~1api~1licensing~1documents/get/operationId").asText()).isEqualTo("listDocuments");
        assertThat(merged.at("/paths/~1api~1opportunities~1documents/get/operationId").asText())
                .isEqualTo("opportunitiesListDocuments");
    }
}
