package onestop.gateway.api;

/** The body of {@code POST /api/auth/register}: who signs up, and for which business. */
public record Registration(String email, String password, String businessName, String companyNumber,
        String postcode) {
}
