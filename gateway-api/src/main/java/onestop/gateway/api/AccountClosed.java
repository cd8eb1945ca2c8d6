package onestop.gateway.api;

import java.util.UUID;

/**
 * Data of {@code onestop.gateway.account.closed}: the user who closed their account and the business they acted
 * for (null for staff). The business's last user closing means the business is gone too (docs/domain.md, Data
 * rights).
 */
public record AccountClosed(UUID userId, UUID businessId, boolean lastUserOfBusiness) {
}
