package onestop.opportunities.licences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import onestop.opportunities.api.LicenceCheck;

class LicenceCheckTest {

    @Test
    void splitsTheRequiredTypesIntoHeldAndMissing() {
        LicenceCheck check = LicenceCheck.of(List.of("STREET_TRADING", "PREMISES"), Set.of("PREMISES", "HMO"));
        assertThat(check.required()).containsExactly("PREMISES", "STREET_TRADING");
        assertThat(check.held()).containsExactly("PREMISES");
        assertThat(check.missing()).containsExactly("STREET_TRADING");
    }

    @Test
    void nothingRequiredIsNothingMissing() {
        assertThat(LicenceCheck.of(List.of(), Set.of("HMO")).missing()).isEmpty();
    }
}
