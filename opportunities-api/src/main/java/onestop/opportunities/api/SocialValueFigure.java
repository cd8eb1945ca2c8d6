package onestop.opportunities.api;

import java.math.BigDecimal;

/**
 * Social value committed against delivered on one measure: by theme (then {@code contractReference},
 * {@code contractTitle} and {@code buyer} are null) or by contract. {@code theme} is a Charter theme, or
 * {@code UNCLASSIFIED} for free-text commitments and reports made without a catalogue measure, whose
 * {@code measure} is their own words and {@code unit} null.
 */
public record SocialValueFigure(String theme, String contractReference, String contractTitle, String buyer,
        String measureCode, String measure, String unit, BigDecimal committed, BigDecimal delivered) {
}
