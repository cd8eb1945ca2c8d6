package onestop.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import onestop.platform.testing.AsyncApiContract;

/** docs/asyncapi/gateway.yaml says what the service really sends: each event's data is its record. */
class EventContractTest {

    @Test
    void theCatalogueDescribesEveryEventAsItsRecordWritesIt() throws Exception {
        AsyncApiContract catalogue = AsyncApiContract.of(Path.of("../docs/asyncapi/gateway.yaml"));

        assertThat(catalogue.disagreements(GatewayEvents.TOPIC, GatewayEvents.dataRecords())).isEmpty();
    }
}
