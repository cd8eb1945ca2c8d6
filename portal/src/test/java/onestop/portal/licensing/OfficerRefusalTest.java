package onestop.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import onestop.portal.FormError;
import onestop.portal.PortalServices;

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
        PortalServices.Answer stale = new PortalServices.Answer(412, Map.of("detail", "precondition failed"), null);
        assertThat(OfficerPages.refusal(stale, "decision", "GRANT"))
                .containsExactly(new FormError("status", Refusals.STALE));
        PortalServices.Answer decided = new PortalServices.Answer(409,
                Map.of("detail", "Application LIC-1 is GRANTED: it cannot be validated."), null);
        assertThat(OfficerPages.refusal(decided, "validate", ""))
                .containsExactly(new FormError("status", "Application LIC-1 is GRANTED: it cannot be validated."));
    }

    private static PortalServices.Answer invalid(String field, String code, String message) {
        return new PortalServices.Answer(400, Map.of("detail", "Some fields are missing or invalid.",
                "errors", List.of(Map.of("field", field, "code", code, "message", message))), null);
    }
}
