package onestop.opportunities.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import onestop.platform.events.EventType;

/** The hand-written AsyncAPI catalogue names every event type the service declares. */
class EventContractTest {

    @Test
    void everyEventTypeIsInTheAsyncApiCatalogue() throws Exception {
        String catalogue = Files.readString(Path.of("../docs/asyncapi/opportunities.yaml"));
        List<String> declared = new ArrayList<>();
        for (Field field : OpportunitiesEvents.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                declared.add(((EventType) field.get(null)).value());
            }
        }
        assertThat(declared).hasSizeGreaterThan(9)
                .allSatisfy(type -> assertThat(catalogue).contains("name: " + type));
    }
}
