package onestop.gateway.texts;

import java.util.Optional;

/**
 * A UK mobile number: 07 and nine more digits. People write it many ways ({@code 07700 900123},
 * {@code +44 (0)7700-900123}, {@code 0044 7700 900123}); it is kept as GOV.UK Notify takes it, {@code +447700900123},
 * and shown as {@code 07700 900123}.
 */
public final class UkMobile {

    private UkMobile() {
    }

    /** The number in international form, if the text is a UK mobile number. */
    public static Optional<String> parse(String text) {
        if (text == null || text.length() > 40 || !text.matches("[0-9+()\\s.-]+")) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s().-]", "");
        if (digits.startsWith("+44")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("0")) {
            digits = digits.substring(1);
        } else {
            return Optional.empty();
        }
        if (digits.startsWith("0")) {
            digits = digits.substring(1); // +44 (0)7700 ...
        }
        return digits.matches("7[0-9]{9}") ? Optional.of("+44" + digits) : Optional.empty();
    }

    /** How a kept number is shown: {@code 07700 900123}. */
    public static String written(String international) {
        String national = "0" + international.substring(3);
        return national.substring(0, 5) + " " + national.substring(5);
    }
}
