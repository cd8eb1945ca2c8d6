package onestop.gateway.account;

import java.util.List;
import java.util.UUID;

/** A staff account as the admin sees it once made. */
public record StaffCreated(UUID userId, String email, List<String> roles, String organisation) {
}
