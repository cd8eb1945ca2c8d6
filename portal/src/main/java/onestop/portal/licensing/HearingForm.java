package onestop.portal.licensing;

import static onestop.portal.licensing.ApplicationForms.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import onestop.licensing.api.OfficerRequests;
import onestop.portal.FormError;

/**
 * The hearing form as typed: a GOV.UK date (day, month, year), a 24-hour time and a place. A date or time that
 * cannot be read is the portal's own error; a blank place the service names.
 */
record HearingForm(OfficerRequests.NewHearing hearing, List<FormError> errors) {

    static HearingForm read(MultivaluedMap<String, String> form) {
        List<FormError> errors = new ArrayList<>();
        LocalDate date = null;
        LocalTime time = null;
        try {
            date = LocalDate.of(Integer.parseInt(text(form, "date-year")), Integer.parseInt(text(form, "date-month")),
                    Integer.parseInt(text(form, "date-day")));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FormError("date", "Enter the date of the hearing as a real date, like 14 7 2027"));
        }
        try {
            time = LocalTime.parse(text(form, "time").length() == 4 ? "0" + text(form, "time") : text(form, "time"));
        } catch (DateTimeParseException e) {
            errors.add(new FormError("time", "Enter the time the hearing starts, like 10:00"));
        }
        return new HearingForm(new OfficerRequests.NewHearing(date, time, text(form, "place")), errors);
    }
}
