package onestop.gateway.edge;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headers every answer carries, whoever made it, so that browsers treat it safely. */
public record SecurityHeaders(String contentSecurityPolicy, Duration hstsMaxAge) {

    /**
     * @param overTls whether the caller reached us over TLS, directly or through a trusted proxy that says so;
     *                HSTS over plain HTTP means nothing and is left out
     */
    public Map<String, String> forAnswer(boolean overTls) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", contentSecurityPolicy);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        // not no-referrer: under it, browsers send "Origin: null" with the portal's own form posts, which
        // the CORS filter must refuse; same-origin tells other sites nothing and our forms who they are
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        if (overTls) {
            headers.put("Strict-Transport-Security", "max-age=" + hstsMaxAge.toSeconds() + "; includeSubDomains");
        }
        return headers;
    }

    /**
     * The API's docs page (Swagger UI at {@code /api/docs}, from the webjar) starts with an inline script and
     * styles of its own and shows data: images: allowed there, nowhere else. It still loads nothing from elsewhere.
     */
    public Map<String, String> forDocs(boolean overTls) {
        Map<String, String> headers = forAnswer(overTls);
        headers.put("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-inline'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; "
                + "form-action 'self'; object-src 'none'");
        return headers;
    }
}
