package onestop.opportunities.socialvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.CharterTheme;

/** The social value summary as a spreadsheet opens it: no cell is a formula, no cell breaks a line. */
class SocialValueCsvTest {

    @Test
    void aMeasureOrBuyerThatAStartsAFormulaOrBreaksALineIsDisarmedAndQuoted() {
        String csv = SocialValueService.csv(List.of(
                new SocialValueRequests.SummaryLine(2026, "\t=HYPERLINK(\"http://evil\")", CharterTheme.LOCAL_EMPLOYMENT,
                        "\r=1+1", new BigDecimal("5"), new BigDecimal("-2"))));
        assertThat(csv.split("\r\n")).containsExactly("year,buyer,theme,measure,committed,delivered",
                "2026,\"'\t=HYPERLINK(\"\"http://evil\"\")\",LOCAL_EMPLOYMENT,\"'\r=1+1\",5,-2");
    }
}
