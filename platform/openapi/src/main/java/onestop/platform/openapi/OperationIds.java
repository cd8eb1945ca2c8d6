package onestop.platform.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An operation's id named from its method and path, for every operation that names none itself, so that a
 * route added later gets one without anyone remembering: {@code POST /api/licensing/applications/{id}/submit}
 * is {@code submitApplication}, {@code GET /api/licensing/applications} {@code listApplications},
 * {@code GET .../applications/{id}} {@code getApplication}, {@code POST .../applications} {@code createApplication},
 * {@code GET .../applications/{id}/documents} {@code listApplicationDocuments}.
 */
final class OperationIds {

    private OperationIds() {
    }

    static String name(String method, String path) {
        List<String> segments = new ArrayList<>(List.of(path.replaceFirst("^/", "").split("/")));
        // the service's prefix (/api/licensing) says nothing about the operation
        if (segments.size() > 1 && segments.get(0).equals("api")) {
            segments.remove(0);
            if (segments.size() > 1 && SERVICES.contains(segments.get(0))) {
                segments.remove(0);
            }
        }
        List<String> words = new ArrayList<>();
        for (String segment : segments) {
            if (!segment.startsWith("{") && !segment.isBlank()) {
                words.add(camel(segment.replace('.', '-')));
            }
        }
        boolean endsWithId = !segments.isEmpty() && segments.get(segments.size() - 1).startsWith("{");
        String verb = method.toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return verb + "Root";
        }
        String last = words.get(words.size() - 1);
        // POST .../{id}/submit: an action on the thing before it; a noun names its verb (decision: decide)
        if (!endsWithId && "post".equals(verb) && words.size() > 1 && segments.size() > 1
                && segments.get(segments.size() - 2).startsWith("{") && !plural(last)) {
            String action = segments.get(segments.size() - 1);
            String first = VERBS.containsKey(action) ? action : action.split("-")[0];
            String rest = camel(action.substring(first.length()));
            // "extend:Target": the verb, and what of the subject it acts on
            String[] verbAndObject = VERBS.getOrDefault(first, first).split(":");
            return verbAndObject[0] + joinSingular(words.subList(0, words.size() - 1))
                    + (verbAndObject.length > 1 ? verbAndObject[1] : "") + rest;
        }
        String subject = joinSingular(words.subList(0, words.size() - 1));
        // GET /register/{id}: one entry of something named in the singular
        String entry = endsWithId && !plural(last) ? "Entry" : "";
        return switch (verb) {
            case "get" -> endsWithId || !plural(last) ? "get" + subject + singular(last) + entry : "list" + subject + last;
            case "post" -> (plural(last) ? "create" + subject + singular(last) : lower(last) + subject);
            case "put" -> "put" + subject + singular(last);
            case "patch" -> "update" + subject + singular(last);
            case "delete" -> "delete" + subject + singular(last);
            default -> verb + subject + last;
        };
    }

    /** The same id twice gets the second a number, so ids stay unique whatever the paths. */
    static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    /** Action nouns at the end of a path, and the verb an operation id says instead. */
    private static final java.util.Map<String, String> VERBS = java.util.Map.of("decision", "decide", "payment", "pay",
            "assessment", "assess", "outcome", "resolve", "target-extension", "extend:Target");

    private static final Set<String> SERVICES = new HashSet<>(List.of("licensing", "opportunities"));

    private static String joinSingular(List<String> words) {
        StringBuilder joined = new StringBuilder();
        words.forEach(word -> joined.append(singular(word)));
        return joined.toString();
    }

    private static boolean plural(String word) {
        return word.endsWith("s") && !word.endsWith("ss");
    }

    private static String singular(String word) {
        if (word.equals("Ocds")) {
            return word; // Open Contracting Data Standard: an acronym, not a plural
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return plural(word) ? word.substring(0, word.length() - 1) : word;
    }

    private static String camel(String segment) {
        StringBuilder out = new StringBuilder();
        for (String part : segment.split("[-_]")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    private static String lower(String word) {
        return Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }
}
