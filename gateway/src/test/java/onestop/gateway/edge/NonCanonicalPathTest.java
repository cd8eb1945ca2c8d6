package onestop.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestPorts;
import onestop.gateway.routing.FakeLicensingService;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * A path written differently from the one the router routes (an encoded letter, a dot segment, a doubled or
 * encoded slash) never slips past a rule that judges the path: it is refused with 400 before any rule runs.
 * Sent over a raw socket, because HTTP clients tidy such paths before sending them.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class NonCanonicalPathTest {

    @BeforeEach
    void emptySharedBuckets() {
        SharedBuckets.empty();
    }

    private static final String SIGN_IN = "{\"email\":\"someone@example.com\",\"password\":\"a wrong guess\"}";

    @TestFactory
    Stream<DynamicTest> everySpellingOfAPathThatIsNotItsCanonicalOneIsRefused() {
        return Stream.of(
                "POST /%61pi/auth/token", "POST /api/auth/%74oken", "POST /api/auth/token/.", "POST /x/../api/auth/token",
                "POST //api/auth/token", "POST /api//auth/token", "POST /api/auth%2Ftoken", "POST /api/auth%2ftoken",
                "POST /sign-%69n", "POST /./sign-in", "GET /%61pi/licensing", "GET /x/../api/licensing",
                "GET /api/./licensing", "GET //api/licensing", "GET /api/licensing%2Finspect", "GET /api/licensing/%2E%2E/x")
                .map(request -> DynamicTest.dynamicTest(request, () -> {
                    String[] parts = request.split(" ");
                    Answer answer = send(parts[0], parts[1], parts[0].equals("POST") ? SIGN_IN : null);
                    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
                    assertThat(answer.text()).contains("application/problem+json").contains("non-canonical-path");
                }));
    }

    @Test
    void passwordGuessesUnderAnotherSpellingAreNeverAnswered401() throws IOException {
        // the strict profile allows five sign-in attempts a minute; an encoded path used to make it unlimited
        for (int guess = 1; guess <= 12; guess++) {
            int status = send("POST", guess % 2 == 0 ? "/%61pi/auth/token" : "/api/auth/%74oken", SIGN_IN).status();
            assertThat(status).isEqualTo(400);
        }
    }

    @Test
    void aLargeBodyUnderAnotherSpellingIsNotLetThrough() throws IOException {
        String body = "x".repeat(200_000);
        assertThat(send("POST", "/%61pi/auth/token", body).status()).isEqualTo(400);
    }

    @Test
    void anotherCaseIsAnotherPathThatNothingServes() throws Exception {
        try (FakeLicensingService licensing = new FakeLicensingService(TestPorts.licensing())) {
            assertThat(send("GET", "/api/licensing", null).status()).isEqualTo(200);
            assertThat(send("GET", "/API/licensing", null).status()).isEqualTo(404);
            assertThat(send("POST", "/API/auth/token", SIGN_IN).status()).isEqualTo(404);
            assertThat(send("POST", "/Sign-In", "email=a%40b.c&password=x").status()).isEqualTo(404);
        }
    }

    private record Answer(int status, String text) {
    }

    private static Answer send(String method, String path, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Type: " + (body.startsWith("{") ? "application/json" :
                            "application/x-www-form-urlencoded") + "\r\nContent-Length: " + content.length + "\r\n")
                    + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(content);
                out.flush();
            } catch (IOException refusedBeforeTheBodyWasRead) {
                // the gateway may answer and close before reading a body it refuses
            }
            String text = readAll(socket.getInputStream());
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                read.write(buffer, 0, n);
            }
        } catch (IOException resetAfterTheAnswer) {
            // what arrived before the reset is the answer
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
