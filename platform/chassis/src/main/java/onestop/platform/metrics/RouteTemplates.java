package onestop.platform.metrics;

import java.util.regex.Pattern;

/**
 * HTTP metrics by route template, never by address: {@code /api/licensing/applications/6a0c.../submit} is
 * recorded as {@code /api/licensing/applications/{id}/submit}. An id, a number or any segment that is not a
 * plain lower-case word becomes a placeholder, so the number of series stays bounded however many ids
 * are called, and no id is published in the metrics. (Routes a service declares itself already carry their
 * template; this matters for what the gateway forwards.)
 */
public final class RouteTemplates {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]{0,39}(\\.[a-z]{2,5})?|\\{[a-zA-Z]+}");

    private RouteTemplates() {
    }

    /** The template of a path: ids, numbers and anything that is not a plain word replaced. */
    public static String of(String path) {
        if (path == null || !path.startsWith("/")) {
            return path;
        }
        StringBuilder template = new StringBuilder();
        for (String segment : path.substring(1).split("/", -1)) {
            template.append('/').append(placeholder(segment));
        }
        return template.toString();
    }

    private static String placeholder(String segment) {
        if (UUID.matcher(segment).matches()) {
            return "{id}";
        }
        if (NUMBER.matcher(segment).matches()) {
            return "{n}";
        }
        return segment.isEmpty() || WORD.matcher(segment).matches() ? segment : "{segment}";
    }
}
