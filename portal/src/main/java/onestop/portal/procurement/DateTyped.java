package onestop.portal.procurement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.TemplateData;
import onestop.portal.FormError;

/** A date as typed in a GOV.UK date input; {@code field} names its inputs ({@code signedOn-day}). */
@TemplateData
public record DateTyped(String field, String day, String month, String year) {

    public static DateTyped from(MultivaluedMap<String, String> form, String field) {
        return new DateTyped(field, Pages.field(form, field + "-day"), Pages.field(form, field + "-month"),
                Pages.field(form, field + "-year"));
    }

    static DateTyped empty(String field) {
        return new DateTyped(field, "", "", "");
    }

    /** {@code date} in the inputs of {@code field}, as a person would type it ("7", "4", "2026"). */
    public static DateTyped of(String field, LocalDate date) {
        return date == null ? empty(field) : new DateTyped(field, String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** Whether anything was typed in any of the three inputs. */
    public boolean typed() {
        return !(day + month + year).isEmpty();
    }

    /** The date, or null when nothing was typed; one that is not a real date is added to {@code errors}. */
    public LocalDate date(String words, List<FormError> errors) {
        if ((day + month + year).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FormError(field + "-day", words + " must be a real date, like 31 3 2027"));
            return null;
        }
    }
}
