package onestop.gateway.account;

import java.util.UUID;

/** The answer to a registration: the new user and its business. */
public record Registered(UUID userId, UUID businessId) {
}
