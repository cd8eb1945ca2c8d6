package onestop.opportunities.licences;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import onestop.opportunities.api.LicenceCheck;

/** The licence projection as the rest of the service reads it. */
@ApplicationScoped
public class HeldLicences {

    /** A licence currently held. */
    public record View(UUID licenceId, String licenceTypeCode, String number, Instant expiresAt) {
    }

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<View> currentFor(UUID businessId) {
        Instant now = clock.instant();
        return HeldLicence.<HeldLicence>find("businessId = ?1 order by licenceTypeCode", businessId).list().stream()
                .filter(l -> l.isValidAt(now))
                .map(l -> new View(l.licenceId, l.licenceTypeCode, l.number, l.expiresAt)).toList();
    }

    public Set<String> typesHeldBy(UUID businessId) {
        return currentFor(businessId).stream().map(View::licenceTypeCode).collect(Collectors.toSet());
    }

    public LicenceCheck check(List<String> required, UUID businessId) {
        return LicenceCheck.of(required, required.isEmpty() ? Set.of() : typesHeldBy(businessId));
    }
}
