package onestop.gateway.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import onestop.gateway.api.StaffAccount;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.security.Roles;

/** Checks a staff account: a known staff role, a buyer with the organisation it buys for, a good password. */
public final class StaffRules {

    /** The council's own staff, and the responsible authorities' (police, fire, ...) who make representations. */
    static final Set<String> STAFF_ROLES = staffRoles();

    private final PasswordPolicy passwords;

    public StaffRules(PasswordPolicy passwords) {
        this.passwords = passwords;
    }

    public StaffAccount check(StaffAccount form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String email = Emails.normalise(form.email());
        if (!Emails.looksValid(email)) {
            errors.add(new Problem.FieldError("email", FieldCodes.PATTERN, "must be an email address"));
        }
        passwords.errorWith(form.password(), email).ifPresent(errors::add);
        if (form.role() == null || !STAFF_ROLES.contains(form.role())) {
            String code = form.role() == null ? FieldCodes.REQUIRED : FieldCodes.NOT_ALLOWED;
            errors.add(new Problem.FieldError("role", code,
                    "must be one of " + STAFF_ROLES.stream().sorted().toList()));
        }
        String organisation = form.organisation() == null || form.organisation().isBlank() ? null
                : form.organisation().strip();
        if (Roles.BUYER.equals(form.role()) && organisation == null) {
            errors.add(new Problem.FieldError("organisation", FieldCodes.REQUIRED, "is required for a buyer"));
        }
        if (organisation != null && organisation.length() > RegistrationRules.MAX_NAME) {
            errors.add(new Problem.FieldError("organisation", FieldCodes.TOO_LONG,
                    "must be at most " + RegistrationRules.MAX_NAME + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some fields are missing or invalid.", errors);
        }
        return new StaffAccount(email, form.password(), form.role(), organisation);
    }

    private static Set<String> staffRoles() {
        Set<String> roles = new HashSet<>(Set.of(Roles.LICENSING_OFFICER, Roles.BUYER, Roles.ADMIN));
        roles.addAll(Roles.RESPONSIBLE_AUTHORITIES);
        return Set.copyOf(roles);
    }
}
