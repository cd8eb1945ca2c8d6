package onestop.system.contract;

import java.util.ArrayList;
import java.util.List;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The change policy of docs/CHANGELOG-api.md, checked by openapi-diff: a document that would break a client of
 * the baseline (an operation gone, a parameter or field newly required, a type narrowed, an answer removed) is
 * allowed only with a higher major {@code info.version} than the baseline's.
 */
public final class BreakingChanges {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BreakingChanges() {
    }

    /** What in {@code current} breaks a client of {@code baseline} although the major version says it may not; empty when none. */
    public static List<String> unannounced(String baseline, String current) {
        if (major(current) > major(baseline)) {
            return List.of();
        }
        return breaking(baseline, current);
    }

    /** Every change in {@code current} that breaks a client of {@code baseline}, whatever the version. */
    public static List<String> breaking(String baseline, String current) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(baseline, current);
        List<String> found = new ArrayList<>();
        diff.getMissingEndpoints().forEach(endpoint -> found.add(
                "removed: " + endpoint.getMethod() + " " + endpoint.getPathUrl()));
        for (ChangedOperation operation : diff.getChangedOperations()) {
            if (operation.isIncompatible()) {
                found.add("changed incompatibly: " + operation.getHttpMethod() + " " + operation.getPathUrl()
                        + parts(operation));
            }
        }
        if (found.isEmpty() && diff.isIncompatible()) {
            found.add("an incompatible change outside the operations (security schemes or shared components)");
        }
        return found;
    }

    private static String parts(ChangedOperation operation) {
        List<String> parts = new ArrayList<>();
        if (operation.getParameters() != null && operation.getParameters().isIncompatible()) {
            parts.add("parameters");
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().isIncompatible()) {
            parts.add("request body");
        }
        if (operation.getApiResponses() != null && operation.getApiResponses().isIncompatible()) {
            parts.add("responses");
        }
        if (operation.getSecurityRequirements() != null && operation.getSecurityRequirements().isIncompatible()) {
            parts.add("security");
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    static int major(String document) {
        try {
            JsonNode version = JSON.readTree(document).path("info").path("version");
            return Integer.parseInt(version.asText("0").split("\\.")[0]);
        } catch (Exception e) {
            throw new IllegalArgumentException("info.version is not a semantic version", e);
        }
    }
}
