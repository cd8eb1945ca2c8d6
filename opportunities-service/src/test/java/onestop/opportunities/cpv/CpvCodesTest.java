package onestop.opportunities.cpv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CpvCodesTest {

    @Test
    void aFilterBecomesTheLevelPrefixOfItsCode() {
        assertThat(CpvCodes.searchPrefix("45")).contains("45");
        assertThat(CpvCodes.searchPrefix("45000000-7")).contains("45");
        assertThat(CpvCodes.searchPrefix("45100000")).contains("451");
        assertThat(CpvCodes.searchPrefix("4521")).contains("4521");
        assertThat(CpvCodes.searchPrefix("4")).isEmpty();
        assertThat(CpvCodes.searchPrefix("roads")).isEmpty();
    }

    @Test
    void aNoticeStoresEveryPrefixOfItsCodesSoThatAncestorsFindIt() {
        assertThat(CpvCodes.prefixesOf(List.of("45212000-6", "03000000-1")))
                .containsExactly("45", "452", "4521", "45212", "03");
    }

    @Test
    void digitsAreReadWithOrWithoutTheCheckDigit() {
        assertThat(CpvCodes.digitsOf("45000000-7")).contains("45000000");
        assertThat(CpvCodes.digitsOf("45000000")).contains("45000000");
        assertThat(CpvCodes.digitsOf("4500")).isEmpty();
    }
}
