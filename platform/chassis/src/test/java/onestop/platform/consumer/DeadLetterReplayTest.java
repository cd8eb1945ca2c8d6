package onestop.platform.consumer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TopicReader;
import onestop.platform.testing.TopicWriter;

/**
 * An event a consumer's bug dead-lettered is listed on the management port, and once the bug is fixed an operator
 * replays it: it is handled once, however often the replay is asked for.
 */
@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
class DeadLetterReplayTest {

    private static final String TOPIC = RecordingHandler.TOPIC;

    @TestHTTPResource(value = "/dead-letters", management = true)
    URL deadLetters;

    @Inject
    EntityManager em;

    @AfterEach
    void unfix() {
        RecordingHandler.fixed = false;
    }

    @Test
    void aDeadLetteredEventIsListedAndOnceTheBugIsFixedReplayedExactlyOnce() {
        String subject = "replay-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (TopicReader dlq = TopicReader.fromStart(TOPIC + ".dlq")) {
            TopicWriter.send(TOPIC, subject, TopicWriter.event(eventId, "onestop.test.thing.happened", subject,
                    "{\"subject\":\"" + subject + "\",\"sequence\":1,\"brokenUntilFixed\":true}"));
            dlq.await(1, r -> subject.equals(r.key()), Duration.ofSeconds(30));
        }
        Map<String, Object> listed = deadLetter(eventId);
        assertThat(listed.get("consumer")).isEqualTo("platformtest-recorder");
        assertThat((String) listed.get("error")).contains("a bug in this consumer");
        assertThat(listed.get("replayed")).isEqualTo(false);
        assertThat(handled(subject)).isZero();

        RecordingHandler.fixed = true;
        given().contentType(ContentType.JSON).body(Map.of("ids", List.of(listed.get("id"))))
                .when().post(deadLetters + "/replay")
                .then().statusCode(200).body("replayed", is(1)).body("failed.size()", is(0));
        assertThat(handled(subject)).isEqualTo(1);
        assertThat(deadLetter(eventId).get("replayed")).isEqualTo(true);

        // asked again, for everything of this consumer: nothing is handled twice
        given().contentType(ContentType.JSON).body(Map.of("consumer", "platformtest-recorder"))
                .when().post(deadLetters + "/replay").then().statusCode(200);
        assertThat(handled(subject)).isEqualTo(1);
    }

    @Test
    void aReplayRequestThatIsNotJsonIsRefusedAsAProblem() {
        given().contentType(ContentType.JSON).body("[not json").when().post(deadLetters + "/replay")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private Map<String, Object> deadLetter(String eventId) {
        JsonPath list = given().when().get(deadLetters).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = list.getList("items");
        return items.stream().filter(i -> eventId.equals(i.get("eventId"))).findFirst().orElseThrow(
                () -> new AssertionError("event " + eventId + " is not listed: " + items));
    }

    private long handled(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from handled_event where subject = ?1")
                .setParameter(1, subject).getSingleResult()).longValue());
    }
}
