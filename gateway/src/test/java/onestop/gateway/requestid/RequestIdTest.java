package onestop.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

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
}
