package onestop.platform.csv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it and as a spreadsheet opens it safely: every line ends in CRLF; a cell holding a
 * comma, a quote, a CR or an LF is quoted; a text cell starting with {@code = + - @}, a TAB, a CR or a NUL is
 * prefixed with {@code '} so that no spreadsheet reads it as a formula (OWASP's CSV injection advice, ASVS 5.0
 * V1.2.10). Numbers stay
 * numbers: {@code -2} is a value, not a formula.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r\0";

    private Csv() {
    }

    /** One line of cells, with its CRLF. */
    public static String line(Object... cells) {
        return line(Arrays.asList(cells));
    }

    /** One line of cells, with its CRLF. */
    public static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One cell: empty for null, disarmed if it could start a formula, quoted if it must be. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
