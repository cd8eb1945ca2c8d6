package onestop.portal;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/**
 * A problem with what was typed, for the GOV.UK error summary and the inline message: field id and text, and
 * the API's machine-readable {@code code} when it came from a refusal ({@code required}, {@code too-long}, ...;
 * null for the portal's own), so that a page picks its words by code, never by reading the API's English.
 */
@io.quarkus.qute.TemplateData
public record FormError(String field, String message, String code) {

    /** The portal's own error, not an API refusal. */
    public FormError(String field, String message) {
        this(field, message, null);
    }

    /** Whether the API refused the field for being left out. */
    public boolean required() {
        return "required".equals(code);
    }

    /** In templates: {@code errors.hasField('minValue')}. */
    @TemplateExtension
    static boolean hasField(List<FormError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
