package onestop.portal;

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

    /** The UK day {@code days} after an instant, for the dates a rule counts from it. */
    static LocalDate daysAfter(Instant at, int days) {
        return at == null ? null : LocalDate.ofInstant(at, UK).plusDays(days);
    }

    /** A size in bytes the GOV.UK way: "850 bytes", "120KB", "2.4MB". */
    static String fileSize(Object bytes) {
        if (!(bytes instanceof Number number)) {
            return "";
        }
        long size = number.longValue();
        if (size < 1024) {
            return size + " bytes";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + "KB";
        }
        return String.format(Locale.UK, "%.1fMB", size / (1024.0 * 1024.0));
    }

    /** A telephone number for a {@code tel:} link: digits and a leading +, nothing else. */
    static String tel(Object number) {
        return number == null ? "" : number.toString().replaceAll("[^0-9+]", "");
    }

    /** A media type as the kind of file people know: {@code application/pdf} → "PDF". */
    static String fileKind(Object mediaType) {
        String type = mediaType == null ? "" : mediaType.toString();
        return switch (type) {
            case "application/pdf" -> "PDF";
            case "image/png" -> "PNG image";
            case "image/jpeg" -> "JPEG image";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "Word document";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "Excel spreadsheet";
            case "application/vnd.oasis.opendocument.text" -> "OpenDocument text";
            case "application/vnd.oasis.opendocument.spreadsheet" -> "OpenDocument spreadsheet";
            default -> "File";
        };
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
