package onestop.platform.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The domain an operation belongs to, by its path, for an operation whose resource names no {@code @Tag}:
 * {@code /api/licensing/applications/{id}/submit} is "Licensing: applications". A service describes its domains
 * in its configuration, {@code onestop.api.tag.applications=...}; one it does not describe gets a plain sentence.
 */
final class DomainTags {

    private DomainTags() {
    }

    static String of(String path) {
        List<String> segments = List.of(path.replaceFirst("^/", "").split("/"));
        if (segments.size() >= 3 && segments.get(0).equals("api")
                && (segments.get(1).equals("licensing") || segments.get(1).equals("opportunities"))) {
            return capital(segments.get(1)) + ": " + words(segments.get(2));
        }
        if (segments.size() >= 2 && segments.get(0).equals("api")) {
            return "Gateway: " + words(segments.get(1));
        }
        return "Gateway: " + words(segments.get(segments.size() - 1));
    }

    static String describe(String tag) {
        String domain = tag.contains(": ") ? tag.substring(tag.indexOf(": ") + 2) : tag;
        String key = "onestop.api.tag." + domain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Config config = ConfigProvider.getConfig();
        Optional<String> described = config.getOptionalValue(key, String.class);
        return described.orElse("The operations on " + domain.toLowerCase(Locale.ROOT) + ".");
    }

    private static String words(String segment) {
        return capital(segment.replaceAll("\\.[a-z]+$", "").replace('-', ' '));
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
