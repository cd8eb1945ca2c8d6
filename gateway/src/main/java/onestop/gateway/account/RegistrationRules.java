package onestop.gateway.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import onestop.gateway.api.Registration;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/** Checks a registration and writes its fields the way they are stored; every field at fault is named. */
public final class RegistrationRules {

    static final int MAX_NAME = 200;

    private final PasswordPolicy passwords;

    public RegistrationRules(PasswordPolicy passwords) {
        this.passwords = passwords;
    }

    /** The registration, normalised (email lower-case, postcode and company number in standard form). */
    public Registration check(Registration form) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String email = Emails.normalise(form.email());
        if (!Emails.looksValid(email)) {
            errors.add(new Problem.FieldError("email", FieldCodes.PATTERN, "must be an email address"));
        }
        passwords.errorWith(form.password(), email).ifPresent(errors::add);
        String name = form.businessName() == null ? "" : form.businessName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            String code = name.isEmpty() ? FieldCodes.REQUIRED : FieldCodes.TOO_LONG;
            errors.add(new Problem.FieldError("businessName", code,
                    "is required, at most " + MAX_NAME + " characters"));
        }
        String companyNumber = null;
        if (form.companyNumber() != null && !form.companyNumber().isBlank()) {
            Optional<String> parsed = CompanyNumber.parse(form.companyNumber());
            if (parsed.isEmpty()) {
                errors.add(new Problem.FieldError("companyNumber", FieldCodes.PATTERN,
                        "must be 8 characters: 8 digits, or 2 letters and 6 digits (e.g. 01234567, SC123456)"));
            }
            companyNumber = parsed.orElse(null);
        }
        Optional<String> postcode = UkPostcode.parse(form.postcode());
        if (postcode.isEmpty()) {
            errors.add(new Problem.FieldError("postcode", FieldCodes.PATTERN, "must be a UK postcode, e.g. B1 1BB"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some fields are missing or invalid.", errors);
        }
        return new Registration(email, form.password(), name, companyNumber, postcode.orElseThrow());
    }
}
