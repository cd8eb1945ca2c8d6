package onestop.platform.mail;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A GOV.UK Notify delivery receipt, as Notify posts it to a service's callback: its notification {@code id}, the
 * {@code reference} OneStop gave (the outbox id) and the {@code status} ({@code delivered},
 * {@code permanent-failure}, {@code temporary-failure}, {@code technical-failure}); other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotifyReceipt(String id, String reference, String status,
        @JsonProperty("completed_at") OffsetDateTime completedAt) {
}
