package onestop.portal;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/** A problem with what was typed, for the GOV.UK error summary and the inline message: field id and text. */
@io.quarkus.qute.TemplateData
public record FormError(String field, String message) {

    /** In templates: {@code errors.hasField('minValue')}. */
    @TemplateExtension
    static boolean hasField(List<FormError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }
}
