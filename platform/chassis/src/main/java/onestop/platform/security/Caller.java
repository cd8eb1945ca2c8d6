package onestop.platform.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import onestop.platform.problem.Forbidden;

/**
 * Who is calling, read from the verified access token: subject, roles, and the {@code business_id} or
 * {@code organisation} that ownership checks compare against.
 */
@RequestScoped
public class Caller {

    public static final String BUSINESS_ID_CLAIM = "business_id";
    public static final String ORGANISATION_CLAIM = "organisation";

    @Inject
    JsonWebToken token;

    public boolean isSignedIn() {
        return token != null && token.getRawToken() != null;
    }

    public String subject() {
        return token.getSubject();
    }

    /** The email the caller signs in with (the token's {@code upn}), when it is one. */
    public Optional<String> email() {
        if (!isSignedIn()) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.getName()).filter(name -> name.contains("@"));
    }

    public boolean hasRole(String role) {
        return isSignedIn() && token.getGroups().contains(role);
    }

    /** The role under which the caller acts, for timelines: the first of officer, buyer, admin, business. */
    public String role() {
        for (String role : new String[] { Roles.LICENSING_OFFICER, Roles.BUYER, Roles.ADMIN, Roles.BUSINESS }) {
            if (hasRole(role)) {
                return role;
            }
        }
        return "anonymous";
    }

    public Optional<UUID> businessId() {
        if (!isSignedIn()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(BUSINESS_ID_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The caller's business; a business token without one is refused. */
    public UUID requireBusinessId() {
        return businessId().orElseThrow(() -> new Forbidden("This token does not name a business."));
    }

    public Optional<String> organisation() {
        if (!isSignedIn()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(ORGANISATION_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }

    /** The caller's organisation; a buyer token without one is refused. */
    public String requireOrganisation() {
        return organisation().orElseThrow(() -> new Forbidden("This token does not name an organisation."));
    }
}
