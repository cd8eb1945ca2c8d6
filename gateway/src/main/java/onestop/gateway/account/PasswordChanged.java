package onestop.gateway.account;

import java.util.UUID;

/**
 * Fired when a user's password is set anew, by a reset or a change: whoever holds that user's sessions ends them,
 * so that whoever knew the old password is signed out everywhere.
 */
public record PasswordChanged(UUID userId) {
}
