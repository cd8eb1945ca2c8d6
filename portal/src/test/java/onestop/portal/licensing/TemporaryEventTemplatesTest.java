package onestop.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.NoticeForObjection;
import onestop.licensing.api.ObjectionView;
import onestop.licensing.api.TemporaryEventView;
import onestop.portal.FormError;
import onestop.portal.PortalTestProfile;

/** What the applicant and the authorities read of a temporary event notice, rendered away from the services. */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class TemporaryEventTemplatesTest {

    private static final Instant START = Instant.parse("2027-03-11T18:00:00Z");
    private static final Instant END = Instant.parse("2027-03-11T23:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-03-05T00:00:00Z");

    @Inject
    @Location("portal/licensing/temporary-event")
    Template event;

    @Inject
    @Location("portal/authority/notice")
    Template notice;

    @Test
    void theApplicantSeesTheCounterNoticeTheEventDatesAndThePoliceReasons() {
        UUID id = UUID.randomUUID();
        TemporaryEventView ended = new TemporaryEventView(START, END, true, UNTIL,
                List.of(new ObjectionView(UUID.randomUUID(), id, "police", "Disorder at the last event.", UNTIL)),
                false, true);
        String page = render(event.data("event", ended).data("status", ApplicationStatus.REFUSED));
        assertThat(page).contains("A counter notice has been given").contains("11 March 2027 at 6:00pm")
                .contains("11 March 2027 at 11:00pm").contains("Late (5 to 9 working days before the event)")
                .contains("Police").contains("Disorder at the last event.");
    }

    @Test
    void theApplicantSeesTheirNoticeAcknowledgedForTheEventOnly() {
        TemporaryEventView acknowledged = new TemporaryEventView(START, END, false, UNTIL, List.of(), false, false);
        String page = render(event.data("event", acknowledged).data("status", ApplicationStatus.GRANTED));
        assertThat(page).contains("Your notice has been acknowledged").contains("Standard (at least 10 working days")
                .contains("None").doesNotContain("counter notice");
    }

    @Test
    void anAuthorityObjectingToALateNoticeIsWarnedItEndsTheEventAndSeesWhatToCorrect() {
        NoticeForObjection late = new NoticeForObjection(UUID.randomUUID(), "TEN-2027-000001",
                new ApplicationView.Premises("The Old Mill", "1 Digbeth High Street", "Birmingham", "B5 6DY"), START,
                END, true, 120, List.of("SALE_OF_ALCOHOL"), UNTIL, false);
        String page = render(notice.data("notice", late).data("reasons", "")
                .data("errors", List.of(new FormError("reasons", "Enter the reasons for objecting"))));
        assertThat(page).contains("an objection ends it with a counter notice").contains("href=\"#reasons\"")
                .contains("id=\"reasons\" name=\"reasons\"").contains("The Old Mill").contains("120")
                .contains("Sale of alcohol");
    }

    private static String render(TemplateInstance page) {
        return CompletableFuture.supplyAsync(page::render).join();
    }
}
