package onestop.gateway.api;

/** The body of {@code POST /api/admin/users}: a staff account; buyers need their organisation. */
public record StaffAccount(String email, String password, String role, String organisation) {
}
