package onestop.opportunities.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure of the Birmingham Business Charter's catalogue: under which theme, what is counted, in what unit. */
@Schema(name = "Measure")
public record CharterMeasure(String code, CharterTheme theme, String name, String unit) {
}
