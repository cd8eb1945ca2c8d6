package onestop.licensing.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import onestop.platform.problem.InvalidInput;

class PostcodeAreaTest {

    @Test
    void districtsAndSectorsAreReadAsTypedAndNormalised() {
        assertThat(PostcodeArea.parse(" b1 ", "area")).isEqualTo(new PostcodeArea("B1", null));
        assertThat(PostcodeArea.parse("b1   1", "area")).isEqualTo(new PostcodeArea("B1", "1"));
        assertThat(PostcodeArea.parse("B1+1", "area")).isEqualTo(new PostcodeArea("B1", "1"));
        assertThat(PostcodeArea.parse("SW1A 2", "area").text()).isEqualTo("SW1A 2");
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : new String[] { "", "1B", "B1 1BB", "B1 X", "BIRMINGHAM", "B1 1 1" }) {
            assertThatThrownBy(() -> PostcodeArea.parse(bad, "area")).as(bad).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).errors()).extracting("field").containsExactly("area"));
        }
    }

    @Test
    void aFullPostcodeLiesInItsSectorAndDistrictOnly() {
        assertThat(PostcodeArea.of("b1 1bb")).contains(new PostcodeArea("B1", "1"));
        assertThat(PostcodeArea.of("B121AA")).contains(new PostcodeArea("B12", "1"));
        assertThat(PostcodeArea.of("B29 6BD")).contains(new PostcodeArea("B29", "6"));
        assertThat(PostcodeArea.of("nowhere")).isEmpty();
    }
}
