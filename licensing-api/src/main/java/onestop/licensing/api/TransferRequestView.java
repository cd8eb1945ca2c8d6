package onestop.licensing.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A transfer application naming a licence, as its current holder sees it to consent (Licensing Act 2003 s.44):
 * who applies to become the holder ({@code proposedHolderName}), and the consent given so far.
 */
public record TransferRequestView(UUID applicationId, String reference, UUID licenceId, String licenceNumber,
        String proposedHolderName, ApplicationStatus status, HolderConsent holderConsent, Instant holderConsentAt,
        Instant createdAt) {
}
