package onestop.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StandInsTest {

    @Test
    void theMockMailerIsAStandIn() {
        assertThat(StandIns.platformStandIns(true)).extracting(StandIn::name).containsExactly("mail");
        assertThat(StandIns.platformStandIns(false)).isEmpty();
    }

    @Test
    void anythingButTheRealHostOverHttpsStandsIn() {
        String pay = "publicapi.payments.service.gov.uk";
        assertThat(StandIns.standsIn("https://publicapi.payments.service.gov.uk", pay)).isFalse();
        assertThat(StandIns.standsIn("http://127.0.0.1:8095/pay", pay)).isTrue();
        assertThat(StandIns.standsIn("http://publicapi.payments.service.gov.uk", pay)).isTrue();
        assertThat(StandIns.standsIn("not a url", pay)).isTrue();
    }

    @Test
    void theRefusalNamesEachStandInAndTheSwitch() {
        assertThat(StandIns.message(List.of(new StandIn("pay", "no money is taken"))))
                .contains("pay (no money is taken)").contains("ONESTOP_ALLOW_STAND_INS");
        assertThat(StandIns.allowed(Optional.of(" pay, mail ,"))).containsExactlyInAnyOrder("pay", "mail");
    }
}
