package onestop.opportunities.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure of the catalogue of Birmingham Business Charter measures: under which theme, what is counted, in what unit. */
@Schema(name = "Measure")
public record CharterMeasure(String code, CharterTheme theme, String name, String unit) {
}
