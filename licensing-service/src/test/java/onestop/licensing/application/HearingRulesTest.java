package onestop.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.OfficerRequests;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/** The hearing's window and what a decision after it must say, without Quarkus. */
class HearingRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final JsonNode DETAILS = new ObjectMapper().createObjectNode().set("licensableActivities",
            new ObjectMapper().createArrayNode().add("SALE_OF_ALCOHOL").add("REGULATED_ENTERTAINMENT"));

    @Test
    void theWindowCountsWorkingDaysPastEasterAndTheNoticeFromTheDayItIsGiven() {
        // the consultation's last day is Thursday 25 March 2027; Good Friday and Easter Monday are not counted
        LocalDate first = LocalDate.of(2027, 3, 26);
        Hearing.Window window = new Hearing.Window(first, CALENDAR.addWorkingDays(first.minusDays(1), 20), 10,
                CALENDAR);
        Instant noticeDay = Instant.parse("2027-03-30T09:00:00Z");

        assertThat(window.latest()).isEqualTo(LocalDate.of(2027, 4, 26));
        assertThatCode(() -> window.check(LocalDate.of(2027, 4, 26), noticeDay)).doesNotThrowAnyException();
        assertThatThrownBy(() -> window.check(LocalDate.of(2027, 4, 27), noticeDay)).isInstanceOf(RuleViolation.class);
        // ten working days after 30 March is 13 April: 12 April gives too little notice
        assertThatCode(() -> window.check(LocalDate.of(2027, 4, 13), noticeDay)).doesNotThrowAnyException();
        assertThatThrownBy(() -> window.check(LocalDate.of(2027, 4, 12), noticeDay))
                .hasMessageContaining("10 working days");
        assertThatThrownBy(() -> window.check(LocalDate.of(2027, 4, 17), noticeDay))
                .hasMessageContaining("not a working day");
    }

    @Test
    void aDecisionAfterAHearingGivesReasonsAndExcludesOnlySomeOfWhatWasAppliedFor() {
        assertThatThrownBy(() -> HearingDecision.check(new OfficerRequests.Decision(DecisionOutcome.GRANT, List.of(),
                null), true, DETAILS)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> HearingDecision.check(new OfficerRequests.Decision(
                DecisionOutcome.GRANT_WITH_MODIFIED_CONDITIONS, List.of("No music"), "Noise"), false, DETAILS))
                .isInstanceOf(RuleViolation.class);
        assertThatCode(() -> HearingDecision.check(new OfficerRequests.Decision(DecisionOutcome.EXCLUDE_ACTIVITIES,
                List.of(), "Noise", List.of("REGULATED_ENTERTAINMENT")), true, DETAILS)).doesNotThrowAnyException();
        assertThat(HearingDecision.licensed(DETAILS, List.of("REGULATED_ENTERTAINMENT"))
                .path("licensableActivities").toString()).isEqualTo("[\"SALE_OF_ALCOHOL\"]");
        assertThat(DETAILS.path("licensableActivities").size()).isEqualTo(2);
    }
}
