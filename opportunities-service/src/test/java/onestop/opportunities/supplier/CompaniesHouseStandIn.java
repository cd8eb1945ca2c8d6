package onestop.opportunities.supplier;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Companies House played by a WireMock following its published API; each test stubs it. A test resource (not a
 * profile): the test and the application then share this class, and so the server.
 */
public class CompaniesHouseStandIn implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "test-companies-house-key";
    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.companies-house.url", server.baseUrl(),
                "onestop.companies-house.api-key", API_KEY);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
