package onestop.system.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The breaking-change check on the committed document and broken copies of it. */
class BreakingChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String baseline;

    @BeforeAll
    static void read() throws Exception {
        baseline = Files.readString(Path.of("..", "docs", "openapi", "onestop.json"));
    }

    @Test
    void theSameDocumentBreaksNothing() {
        assertThat(BreakingChanges.unannounced(baseline, baseline)).isEmpty();
    }

    @Test
    void aNewOptionalQueryParameterAndANewOperationBreakNothing() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(baseline);
        parameters(document, "/api/licensing/applications", "get").addObject().put("name", "sort").put("in", "query")
                .putObject("schema").put("type", "string");
        ObjectNode newPath = document.with("paths").putObject("/api/licensing/statistics");
        newPath.set("get", document.at("/paths/~1api~1licensing~1licence-types/get").deepCopy());
        ((ObjectNode) newPath.get("get")).put("operationId", "getStatistics");
        assertThat(BreakingChanges.unannounced(baseline, JSON.writeValueAsString(document))).isEmpty();
    }

    @Test
    void aRemovedOperationBreaksClientsUnlessTheMajorVersionSaysSo() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(baseline);
        ((ObjectNode) document.with("paths").get("/api/licensing/applications/{id}")).remove("get");
        String broken = JSON.writeValueAsString(document);

        assertThat(BreakingChanges.unannounced(baseline, broken))
                .containsExactly("removed: GET /api/licensing/applications/{id}");
        assertThat(BreakingChanges.unannounced(baseline, JSON.writeValueAsString(withMajor(document, 2)))).isEmpty();
    }

    @Test
    void aNewlyRequiredParameterBreaksClients() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(baseline);
        parameters(document, "/api/licensing/applications", "get").addObject().put("name", "team").put("in", "query")
                .put("required", true).putObject("schema").put("type", "string");

        assertThat(BreakingChanges.unannounced(baseline, JSON.writeValueAsString(document)))
                .containsExactly("changed incompatibly: GET /api/licensing/applications (parameters)");
    }

    @Test
    void aMinorVersionDoesNotExcuseABreakingChange() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(baseline);
        document.with("paths").remove("/api/licensing/licence-types");
        int major = BreakingChanges.major(baseline);
        document.with("info").put("version", major + ".99.0");

        assertThat(BreakingChanges.unannounced(baseline, JSON.writeValueAsString(document)))
                .contains("removed: GET /api/licensing/licence-types");
    }

    private static ArrayNode parameters(ObjectNode document, String path, String method) {
        return ((ObjectNode) document.with("paths").get(path).get(method)).withArray("parameters");
    }

    private static ObjectNode withMajor(ObjectNode document, int major) {
        document.with("info").put("version", major + ".0.0");
        return document;
    }
}
