package onestop.gateway;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Points licensing (and the portal) at a fake service the tests start on a fixed free port, opportunities at a port
 * where nothing listens, and makes services "too slow" after one second. The dashboard gives each part ten
 * seconds, so that a loaded machine does not turn a fast fake into a missing part.
 */
public class GatewayTestProfile implements QuarkusTestProfile {

    /**
     * The same, with licensing on a port of the test class's own: a gateway (and its connection pools) that
     * never met another class's fake. Used by the classes that stream through, or wait on, a fake service.
     */
    public abstract static class OwnLicensingPort extends GatewayTestProfile {

        /** The port of this profile's fake licensing service. */
        public int licensingPort() {
            return TestPorts.licensing(getClass().getName());
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("onestop.gateway.licensing-url", "http://127.0.0.1:" + licensingPort());
            return overrides;
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "onestop.gateway.licensing-url", "http://127.0.0.1:" + TestPorts.licensing(),
                "onestop.gateway.opportunities-url", "http://127.0.0.1:" + TestPorts.nobodyListening(),
                "onestop.gateway.portal-url", "http://127.0.0.1:" + TestPorts.licensing(),
                "onestop.gateway.response-timeout", "1s",
                "onestop.gateway.dashboard.timeout", "10s");
    }
}
