package onestop.opportunities.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import onestop.platform.testing.AsyncApiContract;

/** docs/asyncapi/opportunities.yaml says what the service really sends: each event's data is its record. */
class EventContractTest {

    @Test
    void theCatalogueDescribesEveryEventAsItsRecordWritesIt() throws Exception {
        AsyncApiContract catalogue = AsyncApiContract.of(Path.of("../docs/asyncapi/opportunities.yaml"));

        assertThat(catalogue.disagreements(OpportunitiesEvents.TOPIC, OpportunitiesEvents.dataRecords())).isEmpty();
    }
}
