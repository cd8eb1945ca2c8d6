package onestop.licensing.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A CDI event fired synchronously, inside the transaction of the validation, when an application's consultation
 * opens; packages above this one (the area alerts) observe it without this one knowing them.
 */
public record ConsultationOpened(UUID applicationId, String reference, String licenceTypeCode, String postcode,
        Instant representationsUntil) {
}
