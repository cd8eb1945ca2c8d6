package onestop.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.OfficerRequests;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.portal.FormError;

/** The officer's hearing and decision forms as typed, and the service's refusals as those pages show them. */
class HearingFormsTest {

    @Test
    void aHearingIsReadFromTheDateInputTheTimeAndThePlace() {
        HearingForm typed = HearingForm.read(form("date-day", "14", "date-month", "7", "date-year", "2027",
                "time", "9:30", "place", "Council House"));

        assertThat(typed.errors()).isEmpty();
        assertThat(typed.hearing()).isEqualTo(new OfficerRequests.NewHearing(LocalDate.of(2027, 7, 14),
                LocalTime.of(9, 30), "Council House"));
    }

    @Test
    void aDateOrTimeThatIsNotOneIsThePortalsOwnError() {
        HearingForm typed = HearingForm.read(form("date-day", "31", "date-month", "2", "date-year", "2027",
                "time", "half nine", "place", "Council House"));

        assertThat(typed.errors()).extracting(FormError::field).containsExactly("date", "time");
    }

    @Test
    void aHearingOutsideThePeriodIsShownOnTheDate() {
        Problem refused = refused(422, new Problem.FieldError("date", FieldCodes.OUT_OF_RANGE,
                "must be from 2027-06-30 to 2027-07-27"));

        assertThat(HearingPages.refusal(refused, "date")).extracting(FormError::field, FormError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date", "out-of-range"));
    }

    @Test
    void aFindingWithoutReasonsIsShownOnThatRepresentationsReasons() {
        String id = "0a000000-0000-0000-0000-0000000000a1";
        Problem refused = refused(422, new Problem.FieldError("reasons", FieldCodes.REQUIRED,
                "is required unless relevant"));

        assertThat(HearingPages.refusal(refused, id)).containsExactly(new FormError("reasons-" + id,
                "Enter why the representation does not count", "required"));
    }

    @Test
    void theDecisionSendsTheExcludedActivitiesOnlyWhenItExcludesThem() {
        MultivaluedMap<String, String> typed = form("outcome", "EXCLUDE_ACTIVITIES", "conditions", "Last entry 23:00\n\n",
                "reasons", "Crowding", "excludedActivities", "REGULATED_ENTERTAINMENT");

        assertThat(OutcomePages.decision(typed)).isEqualTo(new OfficerRequests.Decision(
                DecisionOutcome.EXCLUDE_ACTIVITIES, List.of("Last entry 23:00"), "Crowding",
                List.of("REGULATED_ENTERTAINMENT")));
        typed.putSingle("outcome", "GRANT_WITH_MODIFIED_CONDITIONS");
        assertThat(OutcomePages.decision(typed).excludedActivities()).isNull();
    }

    @Test
    void aDecisionRefusedForWantOfAHearingIsShownAgainstTheChoice() {
        Problem refused = refused(409, new Problem.FieldError("hearing", FieldCodes.REQUIRED,
                "is required before deciding"));

        assertThat(OutcomePages.refusal(refused)).extracting(FormError::field).containsExactly("outcome");
    }

    private static Problem refused(int status, Problem.FieldError error) {
        return Problem.of("refused", "Refused", status, "Refused").withErrors(List.of(error));
    }

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
