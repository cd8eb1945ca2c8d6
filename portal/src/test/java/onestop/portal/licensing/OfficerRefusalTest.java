package onestop.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import onestop.platform.problem.Problem;
import onestop.portal.FormError;

/** The licensing service's refusals of an officer's action, as the casework page shows them. */
class OfficerRefusalTest {

    @Test
    void aBlankFieldSaysWhatToEnter() {
        // chosen by the code, whatever the English says
        assertThat(OfficerPages.refusal(invalid("message", "required", "must not be blank"), "request-information", ""))
                .containsExactly(new FormError("message", "Enter what the applicant needs to send or change", "required"));
        assertThat(OfficerPages.refusal(invalid("reasons", "required", "anything at all"), "decision", "REFUSE"))
                .containsExactly(new FormError("reasons", "Enter the reasons for refusing", "required"));
        assertThat(OfficerPages.refusal(invalid("category", "required", "must not be null"), "representations", ""))
                .containsExactly(new FormError("category", "Select who made the representation", "required"));
    }

    @Test
    void aConditionTooLongIsShownOnTheConditionsBoxNamingIt() {
        assertThat(OfficerPages.refusal(invalid("conditions[1]", "too-long", "size must be between 0 and 2000"), "decision",
                "GRANT")).containsExactly(new FormError("conditions", "Conditions: size must be between 0 and 2000", "too-long"));
    }

    @Test
    void aChangeOfStateIsShownAgainstTheStatusAsTheFormMayBeGone() {
        Problem stale = Problem.of("stale-version", "Stale version", 412, "precondition failed");
        assertThat(OfficerPages.refusal(stale, "decision", "GRANT"))
                .containsExactly(new FormError("status", Refusals.STALE));
        Problem decided = Problem.of("illegal-transition", "Illegal transition", 409,
                "You cannot validate while application LIC-1 is granted.");
        assertThat(OfficerPages.refusal(decided, "validate", ""))
                .containsExactly(new FormError("status", "You cannot validate while application LIC-1 is granted."));
    }

    private static Problem invalid(String field, String code, String message) {
        return Problem.of("invalid-input", "Invalid input", 400, "Some fields are missing or invalid.")
                .withErrors(List.of(new Problem.FieldError(field, code, message)));
    }
}
