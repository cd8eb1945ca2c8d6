package onestop.gateway.account;

import java.util.UUID;

/**
 * Fired when a user is to be signed out of every device and browser (by themselves or an administrator):
 * whoever holds that user's sessions ends them, in the same transaction.
 */
public record SignOutEverywhere(UUID userId) {
}
