package onestop.portal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import onestop.portal.FormError;

/**
 * The notice form's closing date and time: typed in UK time to the minute, a deadline set to the second through
 * the API survives the form sent back unchanged (an open notice's deadline may not move earlier, even by seconds).
 */
class NoticeFormTest {

    @Test
    void aDeadlineTypedBackUnchangedKeepsItsSecondsAndAChangedOneIsTheTypedMinute() {
        assertThat(closingAt("2027-01-15T17:00:30Z", "15", "17:00")).isEqualTo(Instant.parse("2027-01-15T17:00:30Z"));
        assertThat(closingAt("2027-01-15T17:00:30Z", "22", "17:00")).isEqualTo(Instant.parse("2027-01-22T17:00:00Z"));
        assertThat(closingAt("2027-01-15T17:00:30Z", "15", "17:01")).isEqualTo(Instant.parse("2027-01-15T17:01:00Z"));
        assertThat(closingAt("", "15", "17:00").toString()).isEqualTo("2027-01-15T17:00:00Z");
        assertThat(closingAt("not a time", "15", "17:00")).isEqualTo(Instant.parse("2027-01-15T17:00:00Z"));
    }

    @Test
    void aSummerDeadlineIsUkTime() {
        var form = form("", "15", "17:00");
        form.putSingle("closing-month", "7");
        List<FormError> errors = new ArrayList<>();
        assertThat(NoticeForm.from(form).toFields(errors).closingAt()).isEqualTo(Instant.parse("2027-07-15T16:00:00Z"));
        assertThat(errors).isEmpty();
    }

    private static Instant closingAt(String was, String day, String time) {
        List<FormError> errors = new ArrayList<>();
        Instant closing = NoticeForm.from(form(was, day, time)).toFields(errors).closingAt();
        assertThat(errors).isEmpty();
        return closing;
    }

    private static MultivaluedHashMap<String, String> form(String was, String day, String time) {
        var form = new MultivaluedHashMap<String, String>();
        form.add("closingWas", was);
        form.add("closing-day", day);
        form.add("closing-month", "1");
        form.add("closing-year", "2027");
        form.add("closingTime", time);
        return form;
    }
}
