package onestop.platform.events;

import java.util.regex.Pattern;

/**
 * A CloudEvents type name, {@code onestop.<service>.<aggregate>.<verb>}, e.g.
 * {@code onestop.licensing.licence.issued}. Services declare their types as constants of this record.
 */
public record EventType(String service, String aggregate, String verb) {

    private static final Pattern PART = Pattern.compile("[a-z][a-z0-9-]*");

    public EventType {
        for (String part : new String[] { service, aggregate, verb }) {
            if (part == null || !PART.matcher(part).matches()) {
                throw new IllegalArgumentException("Not a valid event type part: " + part);
            }
        }
    }

    public static EventType of(String service, String aggregate, String verb) {
        return new EventType(service, aggregate, verb);
    }

    /** The full type name as it appears in the {@code ce_type} header. */
    public String value() {
        return "onestop." + service + "." + aggregate + "." + verb;
    }

    @Override
    public String toString() {
        return value();
    }
}
