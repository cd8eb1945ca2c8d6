package onestop.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks a Prometheus rules file: its structure always (the fields Prometheus accepts, a duration in "for",
 * a severity and a summary on every alert, balanced brackets, only metrics OneStop or Kubernetes export), and
 * with {@code promtool check rules} too wherever promtool is installed (Debian's package prometheus), which
 * parses every expression as Prometheus will.
 */
final class AlertRules {

    /** What the services export (Micrometer, the outbox relay) and what Kubernetes' exporters add. */
    static final Set<String> METRICS = Set.of("up", "http_server_requests_seconds_count", "http_server_requests_seconds_sum",
            "http_server_requests_seconds_max", "onestop_outbox_backlog", "onestop_outbox_published_total",
            "onestop_outbox_failures_total", "onestop_events_up", "jvm_memory_used_bytes", "jvm_memory_max_bytes",
            "kube_pod_container_status_restarts_total", "onestop_applications", "onestop_applications_overdue",
            "onestop_payments", "onestop_notices", "onestop_notices_open", "onestop_mail_failed",
            "onestop_outbox_oldest_age_seconds", "onestop_consumer_lag", "onestop_consumer_dead_lettered_total");

    private static final Set<String> RULE_FIELDS = Set.of("alert", "record", "expr", "for", "keep_firing_for", "labels", "annotations");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(ms|s|m|h|d|w|y))+");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");

    private AlertRules() {
    }

    /** The problems of the rules in this file; empty when Prometheus would load them. */
    static List<String> problems(Path file) {
        List<String> problems = new ArrayList<>(structure(Yaml.document(file)));
        if (promtool() != null) {
            problems.addAll(promtool(file));
        }
        return problems;
    }

    static List<String> structure(ObjectNode rules) {
        List<String> problems = new ArrayList<>();
        if (!rules.path("groups").isArray() || rules.path("groups").isEmpty() || rules.size() != 1) {
            return List.of("a rules file holds \"groups\" and nothing else");
        }
        Set<String> groups = new HashSet<>();
        for (JsonNode group : rules.path("groups")) {
            String name = group.path("name").asText("");
            if (name.isEmpty() || !groups.add(name)) {
                problems.add("a group without a name, or a name used twice: " + name);
            }
            if (!group.path("rules").isArray() || group.path("rules").isEmpty()) {
                problems.add(name + ": no rules");
            }
            for (JsonNode rule : group.path("rules")) {
                problems.addAll(rule(name, rule));
            }
        }
        return problems;
    }

    private static List<String> rule(String group, JsonNode rule) {
        List<String> problems = new ArrayList<>();
        String name = group + "/" + rule.path("alert").asText(rule.path("record").asText("?"));
        for (Iterator<String> fields = rule.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!RULE_FIELDS.contains(field)) {
                problems.add(name + ": unknown field " + field);
            }
        }
        if (rule.has("alert") == rule.has("record")) {
            problems.add(name + ": a rule is an alert or a record, not both or neither");
        }
        String expr = rule.path("expr").isTextual() ? rule.path("expr").asText() : "";
        if (expr.isBlank()) {
            problems.add(name + ": no expr");
        }
        if (!balanced(expr)) {
            problems.add(name + ": unbalanced brackets in expr");
        }
        Matcher selector = SELECTOR.matcher(expr);
        while (selector.find()) {
            if (!METRICS.contains(selector.group(1))) {
                problems.add(name + ": " + selector.group(1) + " is not a metric OneStop or Kubernetes exports");
            }
        }
        if (rule.has("for") && !DURATION.matcher(rule.path("for").asText()).matches()) {
            problems.add(name + ": \"for\" is not a duration: " + rule.path("for"));
        }
        if (rule.has("alert")) {
            if (!Set.of("critical", "warning").contains(rule.path("labels").path("severity").asText())) {
                problems.add(name + ": severity is neither critical nor warning");
            }
            if (rule.path("annotations").path("summary").asText("").isBlank()) {
                problems.add(name + ": no summary");
            }
        }
        return problems;
    }

    static boolean balanced(String expr) {
        StringBuilder open = new StringBuilder();
        boolean quoted = false;
        for (char c : expr.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && "({[".indexOf(c) >= 0) {
                open.append(c);
            } else if (!quoted && ")}]".indexOf(c) >= 0) {
                if (open.isEmpty() || "({[".indexOf(open.charAt(open.length() - 1)) != ")}]".indexOf(c)) {
                    return false;
                }
                open.setLength(open.length() - 1);
            }
        }
        return open.isEmpty() && !quoted;
    }

    /** promtool on the PATH, or null. */
    static Path promtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static List<String> promtool(Path file) {
        try {
            Process process = new ProcessBuilder(promtool().toString(), "check", "rules", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of("promtool did not finish in 60 seconds");
            }
            return process.exitValue() == 0 ? List.of() : List.of("promtool check rules: " + output.strip());
        } catch (IOException e) {
            return List.of("promtool could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("interrupted");
        }
    }
}
