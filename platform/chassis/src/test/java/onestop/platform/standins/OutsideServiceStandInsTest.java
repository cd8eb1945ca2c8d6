package onestop.platform.standins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OutsideServiceStandInsTest {

    @Test
    void servicesPointedAnywhereButTheirOwnAddressesAreStandIns() {
        Map<String, String> local = Map.of("onestop.mail.route", "notify",
                "onestop.mail.notify.base-url", "http://127.0.0.1:8095/notify",
                "onestop.companies-house.api-key", "local-companies-house-key",
                "quarkus.rest-client.companies-house.url", "http://127.0.0.1:8095/companies-house",
                "onestop.os-places.api-key", "local-os-places-key",
                "quarkus.rest-client.os-places.url", "http://127.0.0.1:8095/os-places");
        assertThat(OutsideServiceStandIns.inForce(key -> Optional.ofNullable(local.get(key))))
                .containsExactly("notify", "companies-house", "os-places");
    }

    @Test
    void theRealServicesOrNoneAreNoStandIns() {
        Map<String, String> real = Map.of("onestop.mail.route", "notify",
                "onestop.mail.notify.base-url", "https://api.notifications.service.gov.uk/",
                "onestop.companies-house.api-key", "a-real-key",
                "quarkus.rest-client.companies-house.url", "https://api.company-information.service.gov.uk");
        assertThat(OutsideServiceStandIns.inForce(key -> Optional.ofNullable(real.get(key)))).isEmpty();
        assertThat(OutsideServiceStandIns.inForce(key -> Optional.empty())).isEmpty();
    }
}
