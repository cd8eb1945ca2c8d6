package onestop.licensing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import onestop.platform.events.EventType;

class EventContractTest {

    @Test
    void everyEventTypeIsInTheAsyncApiCatalogue() throws Exception {
        String catalogue = Files.readString(Path.of("../docs/asyncapi/licensing.yaml"));
        assertThat(catalogue).contains("onestop.licensing.v1");
        for (Field field : LicensingEvents.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                EventType type = (EventType) field.get(null);
                assertThat(catalogue).as(type.value()).contains("name: " + type.value());
            }
        }
    }
}
