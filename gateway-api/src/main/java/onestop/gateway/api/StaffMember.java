package onestop.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A staff account as an administrator sees it ({@code GET /api/admin/users}): its roles, the organisation of a
 * buyer, when it was made and when it last signed in.
 */
public record StaffMember(UUID userId, String email, List<String> roles, String organisation, Instant createdAt,
        Instant lastSignedInAt) {
}
