package onestop.gateway.account;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import onestop.gateway.GatewayTestProfile;

/** The gateway with Companies House played by a WireMock following its published API; each test stubs it. */
public class CompaniesHouseStandIn extends GatewayTestProfile {

    static final String API_KEY = "test-companies-house-key";
    static final WireMockServer SERVER = new WireMockServer(options().dynamicPort());

    @Override
    public Map<String, String> getConfigOverrides() {
        if (!SERVER.isRunning()) {
            SERVER.start();
        }
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.rest-client.companies-house.url", SERVER.baseUrl());
        overrides.put("onestop.companies-house.api-key", API_KEY);
        return overrides;
    }

    /** Companies House's company profile. */
    static String profile(String number, String name, String status) {
        return """
                {"company_number": "%s", "company_name": "%s", "company_status": "%s", "type": "ltd",
                 "date_of_creation": "2015-04-01", "jurisdiction": "england-wales",
                 "registered_office_address": {"address_line_1": "1 Victoria Square", "locality": "Birmingham",
                                               "postal_code": "B1 1BB"},
                 "links": {"self": "/company/%s"}}""".formatted(number, name, status, number);
    }
}
