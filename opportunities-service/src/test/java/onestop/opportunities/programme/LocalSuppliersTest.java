package onestop.opportunities.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.SupplierSize;

/** The local rule of docs/domain.md: a West Midlands postcode area, the letters before the first digit. */
class LocalSuppliersTest {

    @Test
    void theWestMidlandsPostcodeAreasAreLocal() {
        for (String p : new String[] { "B1 1AA", "b33 8th", "CV1 2AB", "DY1 1AA", "WS10 9AA", "WV1 1AA", "B1" }) {
            assertThat(LocalSuppliers.isLocal(p)).as(p).isTrue();
        }
        for (String p : new String[] { "BA1 1AA", "BS1 4DJ", "W1A 1AA", "WR1 1AA", "SW1A 2AA", "", "B", "1AA" }) {
            assertThat(LocalSuppliers.isLocal(p)).as(p).isFalse();
        }
        assertThat(LocalSuppliers.isLocal(null)).isFalse();
    }

    @Test
    void microSmallAndMediumAreSmes() {
        assertThat(LocalSuppliers.isSme(SupplierSize.MICRO)).isTrue();
        assertThat(LocalSuppliers.isSme(SupplierSize.MEDIUM)).isTrue();
        assertThat(LocalSuppliers.isSme(SupplierSize.LARGE)).isFalse();
        assertThat(LocalSuppliers.isSme(null)).isFalse();
    }
}
