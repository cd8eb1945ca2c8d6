package onestop.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import onestop.gateway.api.Registration;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

class RegistrationRulesTest {

    private final RegistrationRules rules = new RegistrationRules(PasswordPolicy.withCommonPasswords(12));

    @Test
    void aRegistrationIsStoredInStandardForm() {
        Registration checked = rules.check(new Registration("  Ada@Example.COM ", "correct horse battery",
                "  Ada's Cafe ", "sc 123456", "b11bb"));

        assertThat(checked.email()).isEqualTo("ada@example.com");
        assertThat(checked.businessName()).isEqualTo("Ada's Cafe");
        assertThat(checked.companyNumber()).isEqualTo("SC123456");
        assertThat(checked.postcode()).isEqualTo("B1 1BB");
    }

    @Test
    void theCompanyNumberIsOptional() {
        assertThat(rules.check(new Registration("a@example.com", "correct horse battery", "Ada", " ", "B1 1BB"))
                .companyNumber()).isNull();
    }

    @Test
    void everyFieldAtFaultIsNamedAtOnce() {
        assertThatThrownBy(() -> rules.check(new Registration("nope", "short", null, "1234567", "ZZ")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field)
                        .containsExactly("email", "password", "businessName", "companyNumber", "postcode"));
    }

    @Test
    void companyNumbersAreEightDigitsOrTwoLettersAndSix() {
        assertThat(CompanyNumber.parse("01234567")).contains("01234567");
        assertThat(CompanyNumber.parse("NI012345")).contains("NI012345");
        assertThat(CompanyNumber.parse("1234567")).isEmpty();
        assertThat(CompanyNumber.parse("S1234567")).isEmpty();
        assertThat(CompanyNumber.parse("SC1234567")).isEmpty();
    }

    @Test
    void ukPostcodesInTheirUsualShapes() {
        assertThat(UkPostcode.parse("B1 1BB")).contains("B1 1BB");
        assertThat(UkPostcode.parse("b33 8th")).contains("B33 8TH");
        assertThat(UkPostcode.parse("SW1A2AA")).contains("SW1A 2AA");
        assertThat(UkPostcode.parse("M1 1AE")).contains("M1 1AE");
        assertThat(UkPostcode.parse("GIR 0AA")).contains("GIR 0AA");
        assertThat(UkPostcode.parse("12345")).isEmpty();
        assertThat(UkPostcode.parse("B1 1CB")).isEmpty();
        assertThat(UkPostcode.parse("QA1 1AA")).isEmpty();
        assertThat(UkPostcode.parse(null)).isEmpty();
    }
}
