package onestop.gateway.texts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkMobileTest {

    @ParameterizedTest
    @ValueSource(strings = { "07700900123", "07700 900123", "07700 900 123", "+447700900123", "+44 7700 900123",
            "+44 (0)7700 900123", "0044 7700 900123", "(07700) 900-123", " 07700.900.123 " })
    void theWaysPeopleWriteAMobileNumberAreOneNumber(String written) {
        assertThat(UkMobile.parse(written)).contains("+447700900123");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12345", "0121 303 1111", "07700 90012", "07700 9001234", "+33 6 12 34 56 78",
            "seven seven", "447700900123", "+44 0121 303 1111", "07700 900123 ext 2" })
    void anythingElseIsNotAUkMobileNumber(String written) {
        assertThat(UkMobile.parse(written)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aKeptNumberIsShownTheUkWay() {
        assertThat(UkMobile.written("+447700900123")).isEqualTo("07700 900123");
        assertThat(UkMobile.parse(null)).isEmpty();
    }
}
