package onestop.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.withCommonPasswords(12);

    @Test
    void aLongUncommonPasswordIsFine() {
        assertThat(policy.problemWith("correct horse battery", "ada@example.com")).isEmpty();
        assertThat(policy.problemWith("ünïcödé pässwörd", "ada@example.com")).isEmpty();
    }

    @Test
    void tooShortCountsCharactersNotBytes() {
        assertThat(policy.problemWith("elevenchars", "ada@example.com")).contains("must be at least 12 characters");
        assertThat(policy.problemWith("ééééééééééé", "ada@example.com")).contains("must be at least 12 characters");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(policy.problemWith("Password1234", "ada@example.com")).isPresent();
        assertThat(policy.problemWith("QWERTYUIOP123", "ada@example.com")).isPresent();
        assertThat(policy.problemWith("123456789012", "ada@example.com")).isPresent();
        assertThat(policy.problemWith("aaaaaaaaaaaaaaaa", "ada@example.com")).isPresent();
        assertThat(policy.problemWith("abababababababab", "ada@example.com")).isPresent();
    }

    @Test
    void theEmailIsNoPassword() {
        assertThat(policy.problemWith("ada.lovelace@example.com", "Ada.Lovelace@example.com"))
                .contains("must not contain your email address");
        assertThat(policy.problemWith("ada.lovelace is my name", "ada.lovelace@example.com"))
                .contains("must not contain your email address");
    }

    @Test
    void eachRefusalCarriesTheCodeOfThePasswordField() {
        assertThat(policy.errorWith("", "ada@example.com")).get().extracting(Problem.FieldError::code)
                .isEqualTo(FieldCodes.REQUIRED);
        assertThat(policy.errorWith("elevenchars", "ada@example.com")).get().extracting(Problem.FieldError::code)
                .isEqualTo(FieldCodes.TOO_SHORT);
        assertThat(policy.errorWith("Password1234", "ada@example.com")).get()
                .isEqualTo(new Problem.FieldError("password", FieldCodes.INVALID,
                        "is too common or too easy to guess; choose another"));
    }

    @Test
    void longerThanBcryptReadsIsRefusedRatherThanCut() {
        assertThat(policy.problemWith("x".repeat(40) + "y".repeat(33), "ada@example.com"))
                .contains("must be at most 72 bytes (about 64 characters)");
    }
}
