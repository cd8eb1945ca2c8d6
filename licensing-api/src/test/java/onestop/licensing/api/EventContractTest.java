package onestop.licensing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import onestop.platform.testing.AsyncApiContract;

/** docs/asyncapi/licensing.yaml says what the service really sends: each event's data is its record. */
class EventContractTest {

    @Test
    void theCatalogueDescribesEveryEventAsItsRecordWritesIt() throws Exception {
        AsyncApiContract catalogue = AsyncApiContract.of(Path.of("../docs/asyncapi/licensing.yaml"));

        assertThat(catalogue.disagreements(LicensingEvents.TOPIC, LicensingEvents.dataRecords())).isEmpty();
    }
}
