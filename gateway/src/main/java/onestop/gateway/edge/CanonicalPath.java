package onestop.gateway.edge;

/**
 * Whether a request's raw path is written the one way the router reads it. Rules at the edge (rate limits,
 * body limits, routing) compare paths as written; a path that decodes or normalises to something else
 * ({@code /%61pi/auth/token}, {@code /x/../api}, {@code //api}, {@code /api/auth%2Ftoken}) would slip past them
 * while still reaching the route, so it is refused instead.
 */
final class CanonicalPath {

    private static final String UNRESERVED_PUNCTUATION = "-._~";

    private CanonicalPath() {
    }

    /**
     * A canonical path starts with {@code /}, has no empty, {@code .} or {@code ..} segment, no backslash, no
     * trailing slash (except {@code /} itself), and percent-encodes only what must be encoded: never a letter,
     * a digit, {@code - . _ ~}, {@code /} or {@code \}.
     */
    static boolean isCanonical(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/' || raw.indexOf('\\') >= 0) {
            return false;
        }
        if (raw.equals("/")) {
            return true;
        }
        for (String segment : raw.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || !encodesOnlyWhatItMust(segment)) {
                return false;
            }
        }
        return true;
    }

    private static boolean encodesOnlyWhatItMust(String segment) {
        for (int i = segment.indexOf('%'); i >= 0; i = segment.indexOf('%', i + 1)) {
            if (i + 2 >= segment.length()) {
                return false;
            }
            int high = Character.digit(segment.charAt(i + 1), 16);
            int low = Character.digit(segment.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return false;
            }
            char decoded = (char) (high * 16 + low);
            if (Character.isLetterOrDigit(decoded) && decoded < 128 || UNRESERVED_PUNCTUATION.indexOf(decoded) >= 0
                    || decoded == '/' || decoded == '\\') {
                return false;
            }
        }
        return true;
    }
}
