package onestop.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Who is signed in: the answer of {@code GET /api/me}. */
public record MeView(UUID userId, String email, List<String> roles, BusinessView business, String organisation) {

    /**
     * The business a business user acts for.
     *
     * @param companyCheck what Companies House said of its company number; null when it gave none
     */
    public record BusinessView(UUID id, String name, String companyNumber, String postcode,
            CompanyCheckView companyCheck) {
    }

    /**
     * A company number checked against Companies House.
     *
     * @param status VERIFIED, UNVERIFIED or PENDING (not answered yet: asked again later)
     * @param reason why it is UNVERIFIED: not-found, not-active or name-mismatch
     * @param registeredName the company's name on the register, when found
     */
    public record CompanyCheckView(String status, String reason, String registeredName, Instant checkedAt) {
    }
}
