package onestop.platform.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/**
 * An opaque position in a feed that is read in the order of a key that only grows (a time, then an id to break
 * ties): the key of the last record a client has, so the next page is every record after it. Unlike an offset it
 * neither skips nor repeats a record when others are added, change or leave the feed between two pages. To the
 * client it is a token (base64url of the key) that it only passes back: {@code ?cursor=}, from {@code Link:
 * rel="next"}.
 */
public record Cursor(Instant at, String id) {

    public static final String PARAMETER = "cursor";

    public String encode() {
        String key = at.getEpochSecond() + "." + at.getNano() + "." + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent; null when none; a 400 naming {@code cursor} when it is not one of ours. */
    public static Cursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] key = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8)
                    .split("\\.", 3);
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(key[0]), Long.parseLong(key[1])), key[2]);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeException e) {
            throw invalid();
        }
    }

    /** The 400 for a cursor this feed did not give, also when only the feed can tell (its key's id is not its own). */
    public static InvalidInput invalid() {
        return new InvalidInput("The cursor is not one this feed gave.", List.of(new Problem.FieldError(PARAMETER,
                FieldCodes.INVALID, "must be a cursor from this feed's Link rel=\"next\", unchanged")));
    }

    /**
     * The {@code Link} header value (RFC 8288) to the page after this cursor: the request's own path and query,
     * relative so that it holds through the gateway, with this cursor and without the parameters a cursor
     * replaces ({@code page}, {@code since}).
     */
    public String nextLink(URI request) {
        URI target = UriBuilder.fromUri(request).replaceQueryParam("page").replaceQueryParam("since")
                .replaceQueryParam(PARAMETER, encode()).build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"next\"";
    }
}
