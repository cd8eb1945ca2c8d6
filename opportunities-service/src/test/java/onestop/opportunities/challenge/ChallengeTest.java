package onestop.opportunities.challenge;

import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

@OpportunitiesTest
class ChallengeTest {

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Test
    void aChallengeMovesForwardOneStageAtATime() {
        Map<String, Object> body = Api.notice("Clean air in schools " + Api.word());
        body.put("type", "CHALLENGE");
        UUID id = Api.published(council, body);
        String stage = OPPORTUNITIES + "/" + id + "/stage";
        as(council).get(OPPORTUNITIES + "/" + id).then().body("challengeStage", is("CHALLENGE_DEFINED"));
        as(council).body(Map.of("stage", "INVITING_SOLUTIONS")).post(stage).then().statusCode(200)
                .body("challengeStage", is("INVITING_SOLUTIONS"));
        as(council).body(Map.of("stage", "PROTOTYPE")).post(stage).then().statusCode(409);
        as(council).body(Map.of("stage", "CHALLENGE_DEFINED")).post(stage).then().statusCode(409);
        as(council).body(Map.of("stage", "EXPLORATION")).post(stage).then().statusCode(200)
                .body("challengeStage", is("EXPLORATION"));
        as(TestTokens.buyer("Another Council")).body(Map.of("stage", "ACCELERATOR")).post(stage).then().statusCode(404);
    }

    @Test
    void onlyAChallengeHasStages() {
        UUID id = Api.published(council, Api.notice("Tarmac " + Api.word()));
        as(council).body(Map.of("stage", "INVITING_SOLUTIONS")).post(OPPORTUNITIES + "/" + id + "/stage")
                .then().statusCode(422);
    }
}
