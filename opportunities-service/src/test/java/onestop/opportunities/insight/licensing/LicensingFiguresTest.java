package onestop.opportunities.insight.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The arithmetic of the licensing figures, rule by rule (docs/domain.md, "Insight: licensing performance"). */
class LicensingFiguresTest {

    @Test
    void theMedianIsTheMiddleOrTheMeanOfTheTwoMiddleValues() {
        assertThat(LicensingFigures.median(List.of())).isNull();
        assertThat(LicensingFigures.median(List.of(7))).isEqualTo(new BigDecimal("7.0"));
        assertThat(LicensingFigures.median(List.of(4, 7, 10))).isEqualTo(new BigDecimal("7.0"));
        assertThat(LicensingFigures.median(List.of(4, 7, 10, 24))).isEqualTo(new BigDecimal("8.5"));
    }

    @Test
    void the90thPercentileIsTheNearestRank() {
        assertThat(LicensingFigures.percentile90(List.of())).isNull();
        assertThat(LicensingFigures.percentile90(List.of(3))).isEqualTo(new BigDecimal("3.0"));
        // rank ⌈0.9 × 10⌉ = 9
        assertThat(LicensingFigures.percentile90(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
                .isEqualTo(new BigDecimal("9.0"));
        // rank ⌈0.9 × 11⌉ = 10
        assertThat(LicensingFigures.percentile90(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))
                .isEqualTo(new BigDecimal("10.0"));
    }

    @Test
    void aRateIsAPercentageToOneDecimalPlace() {
        assertThat(LicensingFigures.percent(1, 3)).isEqualTo(new BigDecimal("33.3"));
        assertThat(LicensingFigures.percent(2, 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(LicensingFigures.percent(0, 4)).isEqualTo(new BigDecimal("0.0"));
        assertThat(LicensingFigures.percent(0, 0)).isNull();
    }
}
