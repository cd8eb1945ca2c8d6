package onestop.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void aSaneIdIsKept() {
        assertThat(RequestId.acceptOrCreate("Abc-123_x.y")).isEqualTo("Abc-123_x.y");
        assertThat(RequestId.acceptOrCreate("a".repeat(128))).isEqualTo("a".repeat(128));
    }

    @Test
    void anythingElseIsReplacedByARandomUuid() {
        for (String offered : new String[] {null, "", "a".repeat(129), "has space", "new\nline", "quote\"", "ünï"}) {
            String id = RequestId.acceptOrCreate(offered);
            assertThat(id).isNotEqualTo(offered).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void aNewIdIsAVersionFourUuidNeverGivenTwice() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestId.acceptOrCreate(null);
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(uuid.toString()).isEqualTo(id);
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }
}
