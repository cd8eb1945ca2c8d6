package onestop.gateway.portal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How the portal writes money, dates and codes, the GOV.UK way ("£25,000", "31 December 2026 at 5:00pm"). */
@TemplateExtension
public final class PortalFormats {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private PortalFormats() {
    }

    /** Pence as pounds: {@code 2500000} → "£25,000"; pence shown only when there are some. */
    static String pounds(Object pence) {
        if (!(pence instanceof Number number)) {
            return "";
        }
        long value = number.longValue();
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(value % 100 == 0 ? 0 : 2);
        format.setMinimumFractionDigits(value % 100 == 0 ? 0 : 2);
        return format.format(value / 100.0);
    }

    /** An ISO instant or date as a UK date, with the time when there is one: "31 December 2026 at 5:00pm". */
    static String ukDate(Object iso) {
        if (iso == null) {
            return "";
        }
        String text = iso.toString();
        try {
            var time = Instant.parse(text).atZone(UK);
            return DAY.format(time) + " at " + TIME.format(time).toLowerCase(Locale.UK);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return DAY.format(LocalDate.parse(text));
            } catch (DateTimeParseException notADate) {
                return text;
            }
        }
    }

    /** An enum name as words: {@code SALE_OF_ALCOHOL} → "Sale of alcohol". */
    static String words(Object name) {
        if (name == null) {
            return "";
        }
        String text = name.toString().replace('_', ' ').toLowerCase(Locale.UK);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
