package onestop.opportunities.socialvalue;

import java.math.BigDecimal;

import onestop.opportunities.api.CharterTheme;

/** The public summary of social value (what a supplier reports is {@code OutcomeReport}, in the API module). */
public final class SocialValueRequests {

    private SocialValueRequests() {
    }

    /** One line of the public summary: per year, buyer, theme and measure, committed against delivered. */
    public record SummaryLine(int year, String buyer, CharterTheme theme, String measure, BigDecimal committed,
            BigDecimal delivered) {
    }
}
