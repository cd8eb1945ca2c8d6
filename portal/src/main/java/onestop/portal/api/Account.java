package onestop.portal.api;

import java.util.Set;
import java.util.UUID;

/** Who a session signs in, as the API's {@code GET /api/me} told it at sign-in. */
public record Account(UUID id, String email, Set<String> roles, UUID businessId) {
}
