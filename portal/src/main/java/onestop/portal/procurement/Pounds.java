package onestop.portal.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Money as people type it ("£25,000", "1250.50") and as the API wants it (pence). Only the reading is done
 * here; whether an amount is acceptable is the service's to say.
 */
public final class Pounds {

    private Pounds() {
    }

    /**
     * Pence for what was typed, or null when nothing was.
     *
     * @throws NotMoney when the text is not an amount in pounds with at most two decimal places
     */
    public static Long toPence(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.replace(",", "").replace("£", "").trim();
        if (!text.matches("\\d{1,13}(\\.\\d{1,2})?")) {
            throw new NotMoney();
        }
        return new BigDecimal(text).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /**
     * Pence for what was typed into {@code field}, or null when nothing was; what is not an amount in pounds is
     * added to {@code errors} as "Enter {@code what} as an amount in pounds, like 25000" and answers null.
     */
    public static Long toPence(String typed, String field, String what, java.util.List<onestop.portal.FormError> errors) {
        try {
            return toPence(typed);
        } catch (NotMoney e) {
            errors.add(new onestop.portal.FormError(field, "Enter " + what + " as an amount in pounds, like 25000"));
            return null;
        }
    }

    /** Pence as a form field shows them again: 2500000 → "25000", 2500050 → "25000.50". */
    public static String asTyped(Object pence) {
        if (!(pence instanceof Number number)) {
            return "";
        }
        BigDecimal pounds = BigDecimal.valueOf(number.longValue()).movePointLeft(2);
        return number.longValue() % 100 == 0 ? pounds.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : pounds.toPlainString();
    }

    /** Pence, as a number or as text, as money is written: 2500000 → "£25,000". */
    public static String shown(Object pence) {
        long value = pence instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(pence));
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMinimumFractionDigits(value % 100 == 0 ? 0 : 2);
        format.setMaximumFractionDigits(value % 100 == 0 ? 0 : 2);
        return format.format(value / 100.0);
    }

    /** The text typed is not an amount of money. */
    public static class NotMoney extends IllegalArgumentException {
        NotMoney() {
            super(null, null);
        }
    }
}
