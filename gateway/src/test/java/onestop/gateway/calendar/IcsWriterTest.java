package onestop.gateway.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

/** The hand-written iCalendar passes ical4j's parser and validator, and keeps RFC 5545's line rules itself. */
class IcsWriterTest {

    private static final Instant NOW = Instant.parse("2026-12-04T22:30:00Z");

    @Test
    void aFeedOfTimedAndAllDayEventsIsValidICalendar() throws Exception {
        String ics = IcsWriter.write("OneStop deadlines", NOW, List.of(
                new IcsWriter.Event("a1@onestop", 0, NOW, Instant.parse("2027-01-15T12:00:00Z"), Duration.ofMinutes(30),
                        null, "Closes: OPP-2026-000017 Catering, cleaning; and security",
                        "The deadline for responses to \"Catering\".\nAsk questions before then.",
                        "http://localhost:8080/opportunities/1"),
                new IcsWriter.Event("a2@onestop", 3, NOW, null, null, LocalDate.of(2027, 2, 1),
                        "Licence PL-000045 expires", null, "http://localhost:8080/licences/2")));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();

        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("Closes: OPP-2026-000017 Catering, cleaning; and security");
        assertThat(events.get(0).getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo("The deadline for responses to \"Catering\".\nAsk questions before then.");
        assertThat(events.get(0).getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270115T120000Z");
        assertThat(events.get(1).getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270201");
        assertThat(events.get(1).getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("3");
        assertThat(ics).contains("\r\nUID:a2@onestop\r\n", "\r\nDTSTAMP:20261204T223000Z\r\n");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacterAndUnfoldToTheSameText() throws Exception {
        // multi-byte characters (é, ₤, an emoji of 4 octets) across where a fold would fall
        String summary = "Hearing: café licence ₤ " + "é".repeat(40) + " 🎪 " + "x".repeat(30) + "🎪".repeat(20);
        String ics = IcsWriter.write("Feed", NOW, List.of(new IcsWriter.Event("u@onestop", 0, null,
                Instant.parse("2027-03-01T10:00:00Z"), Duration.ofHours(1), null, summary, null, null)));

        assertRfc5545Lines(ics);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).isFalse();
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).get(0);
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(summary);
    }

    @Test
    void textIsEscapedAndControlCharactersDropped() {
        assertThat(IcsWriter.text("a\\b;c,d\r\ne\rf\u0007g")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nfg");
    }

    @Test
    void anEmptyFeedIsStillACalendar() throws Exception {
        String ics = IcsWriter.write("Nothing yet", NOW, List.of());

        assertRfc5545Lines(ics);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.getProperty("PRODID").orElseThrow().getValue()).isEqualTo(IcsWriter.PRODID);
        // RFC 5545 wants at least one component: the council's time zone
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
    }

    /** Every line ends CRLF, has at most 75 octets, and is whole UTF-8 on its own (no sequence split by a fold). */
    static void assertRfc5545Lines(String ics) throws CharacterCodingException {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
            }
        }
        for (byte[] line : lines) {
            assertThat(line.length).as(new String(line, StandardCharsets.UTF_8)).isLessThanOrEqualTo(75);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        }
    }
}
