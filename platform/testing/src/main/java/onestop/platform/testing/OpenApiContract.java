package onestop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every published OpenAPI document must hold, for every operation, also those added later: a unique
 * {@code operationId}; a security requirement (the bearer scheme, or {@code {}} for none); 400 and 404, and 401
 * and 403 when a token is needed, each an {@code application/problem+json} document; servers, the version, a
 * contact and a licence; a description on every tag. Each service's test fetches its own document and asserts
 * {@link #faults} is empty.
 */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiContract() {
    }

    public static List<String> faults(JsonNode document) {
        List<String> faults = new ArrayList<>();
        if (!document.path("servers").isArray() || document.path("servers").isEmpty()) {
            faults.add("no servers");
        }
        for (String field : List.of("version", "contact", "license")) {
            if (document.path("info").path(field).isMissingNode()) {
                faults.add("no info." + field);
            }
        }
        document.path("tags").forEach(tag -> {
            if (tag.path("description").asText("").isBlank()) {
                faults.add("tag without description: " + tag.path("name").asText());
            }
        });
        Set<String> ids = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                faults.add(where + ": no operationId");
            } else if (!ids.add(id)) {
                faults.add(where + ": operationId " + id + " used twice");
            }
            if (!operation.path("security").isArray() || operation.path("security").isEmpty()) {
                faults.add(where + ": no security requirement");
            }
            boolean secured = false;
            for (JsonNode requirement : operation.path("security")) {
                secured |= requirement.size() > 0;
            }
            List<String> needed = new ArrayList<>(List.of("400", "404"));
            if (secured) {
                needed.addAll(List.of("401", "403"));
            }
            JsonNode responses = operation.path("responses");
            needed.stream().filter(status -> !responses.has(status))
                    .forEach(status -> faults.add(where + ": no " + status + " answer"));
            responses.fields().forEachRemaining(response -> {
                boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                JsonNode answer = response.getValue();
                if (error && !answer.has("$ref") && answer.path("content").path("application/problem+json").isMissingNode()) {
                    faults.add(where + ": " + response.getKey() + " is not a problem document");
                }
            });
        }));
        return faults;
    }

    /** Writes the document where the build's lint (docs/openapi/lint) and a person can read it. */
    public static void write(JsonNode document, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
