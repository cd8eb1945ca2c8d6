package onestop.gateway.api;

import java.util.List;
import java.util.UUID;

/** Who is signed in: the answer of {@code GET /api/me}. */
public record MeView(UUID userId, String email, List<String> roles, BusinessView business, String organisation) {

    /** The business a business user acts for. */
    public record BusinessView(UUID id, String name, String companyNumber, String postcode) {
    }
}
