package onestop.gateway.texts;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.mail.MailRelay;
import onestop.platform.testing.NotifyStandIn;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * Stateful property-based test of a person's mobile number for text messages, through the HTTP API of the running
 * gateway: random sequences of steps ({@link Action}) by one signed-in person, each checked against a model of what
 * should happen (the answer's status, and the number and its confirmation as {@code GET /api/me/texts} shows them),
 * and never a server error. The codes are read from what Notify (a WireMock) was asked to text.
 *
 * <p>As in licensing's {@code ApplicationLifecyclePropertiesTest}, jqwik generates the sequences inside this
 * Jupiter test (the gateway is the one {@code @QuarkusTest} starts): the seed is logged, and
 * {@code -Donestop.properties.seed=<seed>} runs the same sequences again ({@code -Donestop.properties.sequences=<n>}
 * sets how many).
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(NotifyStandIn.class)
class TextMessagesPropertiesTest {

    private static final Logger LOG = Logger.getLogger(TextMessagesPropertiesTest.class);
    private static final String SMS_API = "/v2/notifications/sms";
    private static final Pattern CODE = Pattern.compile("security code is ([0-9]{5})\\.");
    /** Two numbers, so that sequences change number, and give the one they have again. */
    private static final List<String> NUMBERS = List.of("07700900401", "07700900402");

    @Inject
    MailRelay relay;

    @Inject
    ObjectMapper json;

    enum Action {
        GIVE_FIRST, GIVE_SECOND, GIVE_BAD, CONFIRM_RIGHT, CONFIRM_WRONG, CONFIRM_EMPTY, STOP
    }

    /** What the gateway should hold for the person. */
    static final class Model {
        String mobile;
        boolean confirmed;
        String code;
        int wrong;
        int codesSent;
    }

    static Arbitrary<List<Action>> sequences() {
        return Arbitraries.of(Action.class).list().ofMinSize(4).ofMaxSize(20);
    }

    @Test
    void randomSequencesKeepTheRulesOfNumbersAndCodes() {
        long seed = Long.getLong("onestop.properties.seed", new SecureRandom().nextLong());
        int count = Integer.getInteger("onestop.properties.sequences", 50);
        LOG.infof("Text message properties: %d sequences, seed %d (repeat: -Donestop.properties.seed=%d)", count,
                seed, seed);
        Random random = new Random(seed);
        NotifyStandIn.server.resetAll();
        JqwikSession.start();
        try {
            RandomGenerator<List<Action>> generator = sequences().generator(100);
            int confirmedAtLeastOnce = 0;
            for (int i = 0; i < count; i++) {
                List<Action> sequence = generator.next(random).value();
                List<String> log = new ArrayList<>();
                try {
                    confirmedAtLeastOnce += run(sequence, log) ? 1 : 0;
                } catch (AssertionError e) {
                    throw new AssertionError("Sequence " + i + " of seed " + seed + " broke a rule after "
                            + String.join(" -> ", log) + ": " + e.getMessage(), e);
                }
            }
            LOG.infof("Text message properties: %d of %d sequences confirmed a number", confirmedAtLeastOnce, count);
            assertThat(confirmedAtLeastOnce).as("sequences that got as far as a confirmed number").isPositive();
        } finally {
            JqwikSession.finish();
        }
    }

    /** Runs one sequence for a new person; true when it confirmed a number on the way. */
    private boolean run(List<Action> sequence, List<String> log) {
        Accounts.BusinessUser person = Accounts.newBusinessThroughNotify();
        Model model = new Model();
        boolean confirmedOnce = false;
        for (Action action : sequence) {
            Response answer = take(action, person, model);
            log.add(action + ": " + answer.statusCode());
            assertThat(answer.statusCode()).as("never a server error").isLessThan(500);
            if (answer.statusCode() >= 400) {
                assertThat(answer.contentType()).as("a refusal is a problem document")
                        .startsWith("application/problem+json");
            }
            int expected = expect(action, model);
            assertThat(answer.statusCode()).as("the answer to " + action).isEqualTo(expected);
            if (action == Action.GIVE_FIRST || action == Action.GIVE_SECOND) {
                model.code = expected == 202 && model.code != null ? codeTextedTo(model.mobile) : model.code;
            }
            var shown = given().auth().oauth2(person.token()).when().get("/api/me/texts").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(shown.getString("mobile")).as("the number shown")
                    .isEqualTo(model.mobile == null ? null : model.mobile.substring(0, 5) + " " + model.mobile.substring(5));
            assertThat(shown.getBoolean("confirmed")).as("confirmed").isEqualTo(model.confirmed);
            confirmedOnce |= model.confirmed;
        }
        return confirmedOnce;
    }

    private Response take(Action action, Accounts.BusinessUser person, Model model) {
        return switch (action) {
            case GIVE_FIRST -> give(person, NUMBERS.get(0));
            case GIVE_SECOND -> give(person, NUMBERS.get(1));
            case GIVE_BAD -> give(person, "0121 303 1111");
            case CONFIRM_RIGHT -> confirm(person, model.code == null ? "12345" : model.code);
            case CONFIRM_WRONG -> confirm(person, model.code == null || !model.code.equals("00000") ? "00000" : "11111");
            case CONFIRM_EMPTY -> confirm(person, "");
            case STOP -> given().auth().oauth2(person.token()).when().delete("/api/me/texts/mobile");
        };
    }

    /** The status the rules call for, moving the model on as the gateway should. */
    private static int expect(Action action, Model model) {
        switch (action) {
            case GIVE_FIRST, GIVE_SECOND -> {
                String mobile = NUMBERS.get(action == Action.GIVE_FIRST ? 0 : 1);
                if (mobile.equals(model.mobile) && model.confirmed) {
                    return 202; // confirmed already: nothing sent, nothing changes
                }
                if (model.codesSent >= MobileNumbers.CODES_AN_HOUR) {
                    return 429;
                }
                model.mobile = mobile;
                model.confirmed = false;
                model.code = "sent"; // read from Notify after the answer
                model.wrong = 0;
                model.codesSent++;
                return 202;
            }
            case GIVE_BAD -> {
                return 400;
            }
            case CONFIRM_RIGHT -> {
                if (model.code == null) {
                    return 422;
                }
                model.confirmed = true;
                model.code = null;
                return 200;
            }
            case CONFIRM_WRONG -> {
                if (model.code == null) {
                    return 422;
                }
                if (++model.wrong >= MobileNumbers.WRONG_CODES) {
                    model.code = null;
                }
                return 422;
            }
            case CONFIRM_EMPTY -> {
                return model.code == null ? 422 : 400;
            }
            case STOP -> {
                model.mobile = null;
                model.confirmed = false;
                model.code = null;
                return 204;
            }
            default -> throw new IllegalStateException(action.toString());
        }
    }

    private static Response give(Accounts.BusinessUser person, String mobile) {
        return given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("mobile", mobile))
                .when().put("/api/me/texts/mobile");
    }

    private static Response confirm(Accounts.BusinessUser person, String code) {
        return given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/me/texts/confirm");
    }

    /** The latest code texted to the number: the relay (run by hand in tests) sends what is queued first. */
    private String codeTextedTo(String mobile) {
        relay.relay();
        String international = "+44" + mobile.substring(1);
        List<JsonNode> texts = NotifyStandIn.server.findAll(postRequestedFor(urlEqualTo(SMS_API))).stream()
                .map(request -> read(request.getBodyAsString()))
                .filter(text -> text.path("phone_number").asText().equals(international)).toList();
        Matcher code = CODE.matcher(texts.get(texts.size() - 1).path("personalisation").path("body").asText());
        assertThat(code.find()).as("a code in the last text to " + mobile).isTrue();
        return code.group(1);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
