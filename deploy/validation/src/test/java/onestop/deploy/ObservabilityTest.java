package onestop.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** deploy/observability: the alert rules load in Prometheus, and the dashboards chart metrics that exist. */
class ObservabilityTest {

    private static final Pattern METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");

    @Test
    void theAlertRulesAreValid() throws IOException {
        List<Path> files;
        try (Stream<Path> found = Files.list(Repository.path("deploy/observability/prometheus"))) {
            files = found.filter(file -> file.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(files.stream().flatMap(file -> AlertRules.problems(file).stream())).isEmpty();
    }

    @Test
    void aBrokenRuleIsRefused(@TempDir Path folder) throws IOException {
        Path broken = folder.resolve("broken.yaml");
        Files.writeString(broken, """
                groups:
                  - name: broken
                    rules:
                      - alert: Misspelt
                        expression: up == 0
                        for: five minutes
                        labels: { severity: critical }
                        annotations: { summary: down }
                      - alert: Unbalanced
                        expr: sum(rate(up{namespace="onestop"}[5m]) > 0
                        labels: { severity: critical }
                        annotations: { summary: down }
                """);
        assertThat(AlertRules.problems(broken)).anySatisfy(p -> assertThat(p).contains("unknown field expression"))
                .anySatisfy(p -> assertThat(p).contains("\"for\" is not a duration"))
                .anySatisfy(p -> assertThat(p).contains("Unbalanced: unbalanced brackets"));
    }

    @Test
    void theDashboardsChartMetricsTheServicesExport() throws IOException {
        List<Path> files;
        try (Stream<Path> found = Files.list(Repository.path("deploy/observability/grafana"))) {
            files = found.filter(file -> file.toString().endsWith(".json")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            JsonNode dashboard = Yaml.JSON.readTree(file.toFile());
            assertThat(dashboard.path("uid").asText()).isNotBlank();
            assertThat(dashboard.path("title").asText()).isNotBlank();
            assertThat(dashboard.path("panels")).isNotEmpty();
            List<String> expressions = new ArrayList<>();
            dashboard.path("panels").forEach(panel -> {
                assertThat(panel.path("title").asText()).isNotBlank();
                assertThat(panel.path("targets")).as(panel.path("title").asText()).isNotEmpty();
                panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
            });
            for (String expr : expressions) {
                assertThat(AlertRules.balanced(expr)).as(expr).isTrue();
                Matcher metric = METRIC.matcher(expr);
                while (metric.find()) {
                    assertThat(AlertRules.METRICS).as(expr).contains(metric.group(1));
                }
            }
        }
    }
}
