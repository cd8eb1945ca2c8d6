package onestop.licensing.address;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The service with OS Places played by a WireMock answering B29 6BD as OS Places does (DPA results). */
public class OsPlacesStandIn implements QuarkusTestProfile {

    static final WireMockServer SERVER = new WireMockServer(options().dynamicPort());

    @Override
    public Map<String, String> getConfigOverrides() {
        if (!SERVER.isRunning()) {
            SERVER.start();
            SERVER.stubFor(get(urlPathEqualTo("/search/places/v1/postcode"))
                    .withQueryParam("postcode", equalTo("B29 6BD")).withQueryParam("key", equalTo("test-os-key"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                            {"header": {"uri": "https://api.os.uk/search/places/v1/postcode?postcode=B29%206BD",
                                        "query": "postcode=B29 6BD", "offset": 0, "totalresults": 2,
                                        "format": "JSON", "dataset": "DPA", "maxresults": 100},
                             "results": [
                               {"DPA": {"UPRN": "100070000201", "UDPRN": "20000201",
                                        "ADDRESS": "512, BRISTOL ROAD, BIRMINGHAM, B29 6BD",
                                        "BUILDING_NUMBER": "512", "THOROUGHFARE_NAME": "BRISTOL ROAD",
                                        "POST_TOWN": "BIRMINGHAM", "POSTCODE": "B29 6BD", "STATUS": "APPROVED"}},
                               {"DPA": {"UPRN": "100070000203", "UDPRN": "20000203",
                                        "ADDRESS": "SELLY OAK TAVERN, 516, BRISTOL ROAD, BIRMINGHAM, B29 6BD",
                                        "ORGANISATION_NAME": "SELLY OAK TAVERN", "BUILDING_NUMBER": "516",
                                        "THOROUGHFARE_NAME": "BRISTOL ROAD", "POST_TOWN": "BIRMINGHAM",
                                        "POSTCODE": "B29 6BD", "STATUS": "APPROVED"}}]}""")));
            SERVER.stubFor(get(urlPathEqualTo("/search/places/v1/postcode"))
                    .withQueryParam("postcode", equalTo("B1 2ZZ")).willReturn(aResponse()
                            .withHeader("Content-Type", "application/json").withBody("""
                                    {"header": {"query": "postcode=B1 2ZZ", "offset": 0, "totalresults": 0}}""")));
        }
        return Map.of("quarkus.rest-client.os-places.url", SERVER.baseUrl(), "onestop.os-places.api-key",
                "test-os-key");
    }
}
