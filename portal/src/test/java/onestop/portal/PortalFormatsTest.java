package onestop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalFormatsTest {

    @Test
    void moneyDatesAndFileSizesReadTheGovukWay() {
        assertThat(PortalFormats.pounds(2_500_000L)).isEqualTo("£25,000");
        assertThat(PortalFormats.pounds(1_850_050L)).isEqualTo("£18,500.50");
        assertThat(PortalFormats.ukDate("2026-12-31T17:00:00Z")).isEqualTo("31 December 2026 at 5:00pm");
        assertThat(PortalFormats.fileSize(850)).isEqualTo("850 bytes");
        assertThat(PortalFormats.fileSize(122_880)).isEqualTo("120KB");
        assertThat(PortalFormats.fileSize(2_516_582)).isEqualTo("2.4MB");
        assertThat(PortalFormats.fileKind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isEqualTo("Excel spreadsheet");
        assertThat(PortalFormats.tel("+44 121 303 1111")).isEqualTo("+441213031111");
    }
}
