package onestop.system.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * docs/openapi/onestop.json: the API's document as published, committed so that the build generates its client
 * (api-client) without a running system, and the baseline of the breaking-change check. It is the served
 * document with the local stack's address as its server (the served one names whatever port the test ran on).
 */
public final class PublishedDocument {

    /** The system property that makes {@link #check} rewrite the committed document instead of failing. */
    public static final String REFRESH = "openapi.refresh";
    static final String HOW_TO_REFRESH = "./mvnw -B -pl system-tests -am verify -Dtest=NONE "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ApiContractIT -D" + REFRESH + "=true";

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedDocument() {
    }

    public static Path file() {
        return Path.of(System.getProperty("onestop.root", "..")).toAbsolutePath().normalize()
                .resolve("docs/openapi/onestop.json");
    }

    /**
     * Compares the served document with the committed one: a breaking change without a new major version fails
     * always; any other difference fails unless {@code -Dopenapi.refresh=true}, which rewrites the committed one.
     *
     * @return what is wrong, empty when nothing is
     */
    public static List<String> check(JsonNode served, Path committed) {
        try {
            ObjectNode publishable = publishable(served);
            String current = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(publishable) + "\n";
            String baseline = Files.exists(committed) ? Files.readString(committed) : null;
            if (baseline != null) {
                List<String> breaking = BreakingChanges.unannounced(baseline, current);
                if (!breaking.isEmpty()) {
                    return breaking.stream().map(change -> change + " — a breaking change needs a new major "
                            + "info.version (onestop.api.version) and an entry in docs/CHANGELOG-api.md").toList();
                }
                if (publishable(JSON.readTree(baseline)).equals(publishable)) {
                    return List.of();
                }
            }
            if (Boolean.getBoolean(REFRESH)) {
                Files.writeString(committed, current);
                return List.of();
            }
            return List.of(committed + " is not the served document: the API changed. Review the change, note it in "
                    + "docs/CHANGELOG-api.md, and refresh the file with: " + HOW_TO_REFRESH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as committed: the served one, its server the local stack's gateway. */
    static ObjectNode publishable(JsonNode served) {
        ObjectNode copy = served.deepCopy();
        copy.putArray("servers").addObject().put("url", "http://127.0.0.1:8080")
                .put("description", "The local stack (deploy/local/up); production's is its public address.");
        return copy;
    }
}
