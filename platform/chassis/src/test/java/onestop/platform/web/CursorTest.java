package onestop.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import onestop.platform.problem.InvalidInput;

class CursorTest {

    @Test
    void aCursorComesBackAsTheKeyItWasMadeFrom() {
        Cursor cursor = new Cursor(Instant.parse("2026-12-04T10:15:30.123456Z"), "UK4-0012.2");
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.encode()).doesNotContain("=", "+", "/");
    }

    @Test
    void noCursorIsTheStart() {
        assertThat(Cursor.decode(null)).isNull();
        assertThat(Cursor.decode(" ")).isNull();
    }

    @Test
    void aCursorNotMadeHereIsA400NamingIt() {
        assertThatThrownBy(() -> Cursor.decode("not a cursor")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Cursor.decode("bm90LWEta2V5")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theNextLinkKeepsTheFiltersAndReplacesPageAndSince() {
        Cursor cursor = new Cursor(Instant.parse("2026-12-04T10:15:30Z"), "a");
        String link = cursor.nextLink(URI.create("http://svc:8081/api/x/feed?status=OPEN&page=3&since=2026-01-01T00:00:00Z&limit=5"));
        assertThat(link).isEqualTo("</api/x/feed?status=OPEN&limit=5&cursor=" + cursor.encode() + ">; rel=\"next\"");
    }
}
