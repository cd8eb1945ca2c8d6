package onestop.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * A service's OpenAPI document as it publishes it: {@value #SOURCE}, committed, and served as it is
 * ({@code onestop.platform.web.PublishedOpenApi}) so that the service needs neither the OpenAPI extension nor
 * its start-up step (ADR 15). Its tests build the document from the code with that extension (a test
 * dependency, at {@code <path>/built}) and {@link #assertBuiltIsCommitted} keeps the two equal;
 * {@link #assertServed} checks what the service answers.
 */
public final class CommittedOpenApi {

    /** The system property that makes {@link #check} rewrite the committed document instead of failing. */
    public static final String REFRESH = "openapi.refresh";
    static final String SOURCE = "src/main/resources/openapi/document.json";
    static final String PACKAGED = "target/classes/openapi/document.json";
    private static final int SHOWN = 12;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CommittedOpenApi() {
    }

    /** The document the extension builds at {@code path + "/built"} is the committed one ({@link #check}). */
    public static void assertBuiltIsCommitted(String path) {
        assertThat(check(given().when().get(path + "/built?format=json").then().statusCode(200).extract().asString()))
                .isEmpty();
    }

    /**
     * The service answers the committed document at {@code path}: JSON for {@code ?format=json}, an {@code Accept}
     * of {@code application/json} or {@code .json}; YAML otherwise; the server the default public address.
     */
    public static void assertServed(String path) {
        try {
            JsonNode committed = JSON.readTree(Path.of(SOURCE).toFile());
            YAMLMapper yaml = new YAMLMapper();
            assertThat(JSON.readTree(given().when().get(path + "?format=json").then().statusCode(200)
                    .contentType("application/json").extract().asString())).isEqualTo(committed);
            assertThat(JSON.readTree(given().accept("application/json").when().get(path).then().statusCode(200)
                    .extract().asString())).isEqualTo(committed);
            assertThat(JSON.readTree(given().when().get(path + ".json").then().statusCode(200).extract().asString()))
                    .isEqualTo(committed);
            assertThat(yaml.readTree(given().when().get(path).then().statusCode(200).contentType("application/yaml")
                    .extract().asString())).isEqualTo(committed);
            assertThat(yaml.readTree(given().when().get(path + ".yaml").then().statusCode(200).extract().asString()))
                    .isEqualTo(committed);
            assertThat(committed.at("/servers/0/url").asText()).isEqualTo("http://localhost:8080");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares the document built from the code with the committed one, in the module the test runs in; with
     * {@code -Dopenapi.refresh=true} rewrites the committed one (and its copy the build is about to package).
     *
     * @return what differs, empty when nothing does
     */
    public static List<String> check(String built) {
        try {
            JsonNode current = JSON.readTree(built);
            Path committed = Path.of(SOURCE);
            JsonNode baseline = Files.exists(committed) ? JSON.readTree(committed.toFile()) : null;
            if (current.equals(baseline)) {
                return List.of();
            }
            if (Boolean.getBoolean(REFRESH)) {
                String written = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(current) + "\n";
                for (Path file : List.of(committed, Path.of(PACKAGED))) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, written);
                }
                return List.of();
            }
            List<String> faults = new ArrayList<>();
            faults.add(committed.toAbsolutePath() + " is not the document built from the code: the API changed. "
                    + "Review the change and refresh the file with -D" + REFRESH + "=true on this module's tests "
                    + "(docs/CHANGELOG-api.md, How a change is checked). Differences:");
            Set<String> differences = new LinkedHashSet<>();
            differences(baseline == null ? JSON.missingNode() : baseline, current, "", differences);
            differences.stream().limit(SHOWN).forEach(faults::add);
            if (differences.size() > SHOWN) {
                faults.add("... and " + (differences.size() - SHOWN) + " more");
            }
            return faults;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON pointers at which {@code committed} and {@code built} differ, deepest first reached. */
    static void differences(JsonNode committed, JsonNode built, String at, Set<String> found) {
        if (committed.isObject() && built.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            built.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                differences(committed.path(name), built.path(name), at + "/" + name.replace("~", "~0").replace("/", "~1"),
                        found);
            }
        } else if (committed.isArray() && built.isArray() && committed.size() == built.size()) {
            Iterator<JsonNode> left = committed.elements();
            Iterator<JsonNode> right = built.elements();
            for (int i = 0; left.hasNext(); i++) {
                differences(left.next(), right.next(), at + "/" + i, found);
            }
        } else if (!committed.equals(built)) {
            found.add((committed.isMissingNode() ? "only built: " : built.isMissingNode() ? "only committed: "
                    : "changed: ") + (at.isEmpty() ? "/" : at));
        }
    }
}
