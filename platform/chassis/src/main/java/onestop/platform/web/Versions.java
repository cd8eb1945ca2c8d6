package onestop.platform.web;

import onestop.platform.problem.StaleVersion;
import onestop.platform.problem.VersionRequired;

/**
 * {@code ETag} / {@code If-Match} over an entity's optimistic-lock version, the same in every service: the ETag
 * is the quoted version; {@code If-Match} may list tags, mark them weak ({@code W/}) or be {@code *}. A route
 * that must not lose another's change {@link #require requires} it (428 without); one where it is optional
 * {@link #checkIfPresent checks it if present}; a stale one is 412.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Refuses a change without {@code If-Match} (428) or with a stale one (412). */
    public static void require(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequired("Send If-Match with the ETag you last read, so that no one else's change is lost.");
        }
        checkIfPresent(ifMatch, current);
    }

    /** Refuses a stale {@code If-Match} (412); no header means no check. */
    public static void checkIfPresent(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.replace("\"", "").equals(Long.toString(current))) {
                return;
            }
        }
        throw new StaleVersion("This has changed since you read it (now version " + current
                + "); read it again and retry.");
    }
}
