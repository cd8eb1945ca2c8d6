package onestop.platform.problem;

/**
 * The machine words of {@link Problem.FieldError#code()}: what is wrong with a field, for clients that must
 * not read the English message. Each is short kebab-case and, once published, never changes meaning.
 */
public final class FieldCodes {

    /** The field is missing, null or blank, and must be given. */
    public static final String REQUIRED = "required";
    /** The text or list is longer than allowed. */
    public static final String TOO_LONG = "too-long";
    /** The text or list is shorter than allowed. */
    public static final String TOO_SHORT = "too-short";
    /** The text does not have the expected shape (a postcode, an email address, a code). */
    public static final String PATTERN = "pattern";
    /** The value is not a date or time in the expected ISO-8601 form. */
    public static final String NOT_A_DATE = "not-a-date";
    /** The value is not a number (or not a whole one where a whole one is needed). */
    public static final String NOT_A_NUMBER = "not-a-number";
    /** The number, date or time is below or above what is allowed, or out of order with another field. */
    public static final String OUT_OF_RANGE = "out-of-range";
    /** The value is not one of a fixed set of allowed values (an enum, a list). */
    public static final String NOT_ALLOWED = "not-allowed";
    /** The field is not one this request accepts. */
    public static final String NOT_A_FIELD = "not-a-field";
    /** The value refers to something that does not exist (or that the caller may not see). */
    public static final String UNKNOWN = "unknown";
    /** The value clashes with something that already exists, such as an email address already used. */
    public static final String CONFLICT = "conflict";
    /** The value (a security code, a link's token) was good once and no longer is: it expired or was used up. */
    public static final String EXPIRED = "expired";
    /** The value is wrong in a way no other code describes. */
    public static final String INVALID = "invalid";

    private FieldCodes() {
    }
}
