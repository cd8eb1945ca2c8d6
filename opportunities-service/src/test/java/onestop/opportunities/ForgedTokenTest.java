package onestop.opportunities;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import onestop.platform.testing.ForgedTokens;
import onestop.platform.testing.TestTokens;

/**
 * The service's own JWT settings, not only the gateway's, refuse every forged token: a request that reaches
 * the service directly (another pod, a misrouted call) is no way in.
 */
@OpportunitiesTest
class ForgedTokenTest {

    private static final List<String> PROTECTED = List.of("/api/opportunities/opportunities/mine", "/api/opportunities/suppliers/me/responses");

    @Test
    void aGenuineTokenIsLetIn() {
        given().auth().oauth2(TestTokens.buyer("Birmingham City Council")).get(PROTECTED.get(0))
                .then().statusCode(200);
    }

    @TestFactory
    Stream<DynamicTest> everyForgeryIsRefusedWith401() {
        return ForgedTokens.all(UUID.randomUUID()).entrySet().stream().flatMap(forged -> PROTECTED.stream()
                .map(path -> DynamicTest.dynamicTest(forged.getKey() + ": GET " + path, () -> given()
                        .auth().oauth2(forged.getValue()).get(path)
                        .then().statusCode(401).contentType("application/problem+json"))));
    }
}
