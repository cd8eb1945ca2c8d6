package onestop.gateway;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Points licensing at a fake service the tests start on a fixed free port, opportunities at a port
 * where nothing listens, and makes services "too slow" after one second. The dashboard gives each part ten
 * seconds, so that a loaded machine does not turn a fast fake into a missing part.
 */
public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "onestop.gateway.licensing-url", "http://127.0.0.1:" + TestPorts.licensing(),
                "onestop.gateway.opportunities-url", "http://127.0.0.1:" + TestPorts.nobodyListening(),
                "onestop.gateway.response-timeout", "1s",
                "onestop.gateway.dashboard.timeout", "10s");
    }
}
