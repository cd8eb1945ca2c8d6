package onestop.opportunities.supplier;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service with Companies House played by a WireMock following its published API; each test stubs it. */
public class CompaniesHouseStandIn implements QuarkusTestProfile {

    static final WireMockServer SERVER = new WireMockServer(options().dynamicPort());

    @Override
    public Map<String, String> getConfigOverrides() {
        if (!SERVER.isRunning()) {
            SERVER.start();
        }
        return Map.of("quarkus.rest-client.companies-house.url", SERVER.baseUrl(),
                "onestop.companies-house.api-key", "test-companies-house-key");
    }
}
