package onestop.platform.web;

import java.util.Arrays;
import java.util.List;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/** Reads enum query parameters so that an unknown value is a 400 naming the allowed ones, not a 404. */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Unknown " + field + " '" + value + "'.", List.of(new Problem.FieldError(field,
                    FieldCodes.NOT_ALLOWED, "must be one of " + Arrays.toString(type.getEnumConstants()))));
        }
    }

    /** {@code true} or {@code false} (absent = false); anything else is a 400. */
    public static boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput("Unknown " + field + " '" + value + "'.",
                    List.of(new Problem.FieldError(field, FieldCodes.INVALID, "must be true or false")));
        };
    }

    /** A whole number, or {@code null} when absent; anything else is a 400 (JAX-RS alone would answer 404). */
    public static Integer integer(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("Unknown " + field + " '" + value + "'.",
                    List.of(new Problem.FieldError(field, FieldCodes.NOT_A_NUMBER, "must be a whole number")));
        }
    }

    /** The checked {@code page} and {@code size} parameters. */
    public static PageRequest page(String page, String size) {
        return PageRequest.of(integer(page, "page"), integer(size, "size"));
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
