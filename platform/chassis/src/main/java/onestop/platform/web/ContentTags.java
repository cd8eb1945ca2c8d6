package onestop.platform.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code ETag} / {@code If-None-Match} over what an answer says, for what has no version of its own (a catalogue
 * that changes with a release): the tag is a digest of the answer's body, the same on every replica, so a client
 * that sends it back is told 304 while the body is unchanged.
 */
public final class ContentTags {

    private ContentTags() {
    }

    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** Whether {@code If-None-Match} (a list of tags, weak or strong, or {@code *}) names {@code etag}. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String value = tag.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2); // If-None-Match compares weakly (RFC 9110, 13.1.2)
            }
            if (value.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
