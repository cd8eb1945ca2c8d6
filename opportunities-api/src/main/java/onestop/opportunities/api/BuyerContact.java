package onestop.opportunities.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom suppliers contact about a notice; shown on the public notice and in OCDS as the buyer's contact point. */
public record BuyerContact(
        @NotBlank @Size(max = 200) String name,
        @Email(regexp = ".+@[^@]+\\.[^@]+", message = "must be an email address") @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9][0-9 ]{5,24}", message = "must be digits and spaces, with an optional leading +")
        String telephone) {

    public BuyerContact {
        name = name == null ? null : name.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        telephone = telephone == null || telephone.isBlank() ? null : telephone.strip();
    }
}
