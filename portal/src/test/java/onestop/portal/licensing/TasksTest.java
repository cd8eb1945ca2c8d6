package onestop.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.DayBasis;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.RegisterShows;

/** The task list follows the licence type: a driver is asked for a name, never for premises. */
class TasksTest {

    private static final UUID ID = UUID.fromString("0a000000-0000-0000-0000-0000000000a1");

    @Test
    void aDriversFirstTaskIsTheirNameAndItLinksWhereTheNameIsGiven() {
        List<Tasks.Task> tasks = Tasks.of(draft(List.of(new ApplicationView.Missing("holderName", "required",
                "is required"))), type(false));

        assertThat(tasks).extracting(Tasks.Task::name, Tasks.Task::href, Tasks.Task::status).first()
                .isEqualTo(tuple("Your name", "/applications/" + ID + "/holder", "Incomplete"));
        assertThat(tasks).extracting(Tasks.Task::name).doesNotContain("Premises");
        assertThat(Tasks.hrefOf(ID, "holderName")).isEqualTo("/applications/" + ID + "/holder");
    }

    @Test
    void aPremisesTypeStillStartsWithItsPremises() {
        List<Tasks.Task> tasks = Tasks.of(draft(List.of(new ApplicationView.Missing("premises.postcode", "required",
                "is required"))), type(true));

        assertThat(tasks).extracting(Tasks.Task::name, Tasks.Task::status).first()
                .isEqualTo(tuple("Premises", "Incomplete"));
    }

    private static LicenceTypeView type(boolean premisesRequired) {
        return new LicenceTypeView("PRIVATE_HIRE_DRIVER", "Private hire driver licence", "Drive", 26000, 36, 0,
                DayBasis.WORKING, 40, false, List.of(), null, premisesRequired,
                premisesRequired ? RegisterShows.PREMISES_AND_HOLDER : RegisterShows.LICENCE_ONLY);
    }

    private static ApplicationView draft(List<ApplicationView.Missing> missing) {
        Instant now = Instant.parse("2026-12-04T10:00:00Z");
        return new ApplicationView(ID, "LIC-2026-000001", UUID.randomUUID(), null, "PRIVATE_HIRE_DRIVER",
                ApplicationKind.NEW, null, ApplicationStatus.DRAFT, null, null, 26000, false, null, null, null, now, now,
                null, null, false, null, null, null, null, null, null, false, null, null, null, null, 0, List.of(),
                missing, null, null, List.of());
    }
}
