package onestop.platform.idempotency;

import java.util.Map;

/** The answer first given to a request with an Idempotency-Key: status, content type, kept headers and body. */
record StoredAnswer(int status, String contentType, Map<String, String> headers, byte[] body) {
}
