package onestop.platform.companieshouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    @Test
    void namesMatchIgnoringCaseLtdLimitedAndPunctuation() {
        assertThat(CompanyNames.match("Digbeth Deli Ltd", "DIGBETH DELI LIMITED")).isTrue();
        assertThat(CompanyNames.match("digbeth deli", "DIGBETH DELI LTD")).isTrue();
        assertThat(CompanyNames.match("Digbeth Deli Ltd.", "DIGBETH DELI LTD")).isTrue();
        assertThat(CompanyNames.match("Smith & Sons Ltd", "SMITH AND SONS LIMITED")).isTrue();
    }

    @Test
    void otherNamesDoNotMatch() {
        assertThat(CompanyNames.match("Digbeth Deli Ltd", "BULL RING BAKERY LIMITED")).isFalse();
        assertThat(CompanyNames.match("Ltd", "LIMITED")).isFalse();
        assertThat(CompanyNames.match(null, "DIGBETH DELI LTD")).isFalse();
    }
}
