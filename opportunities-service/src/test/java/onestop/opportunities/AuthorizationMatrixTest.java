package onestop.opportunities;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.http.ContentType;
import onestop.platform.testing.SampleFiles;
import onestop.platform.testing.TestTokens;

/**
 * Every write route of the opportunities service, tried by someone it does not belong to: another buyer
 * gets 404 on a notice that is not theirs and changes nothing; a rival supplier cannot amend a response that
 * is not theirs; the wrong role gets 403.
 */
@OpportunitiesTest
class AuthorizationMatrixTest {

    private final String council = TestTokens.buyer("Birmingham City Council");
    private final String otherBuyer = TestTokens.buyer("Sandwell Council");
    private final String acme = TestTokens.business(UUID.randomUUID());
    private final String rival = TestTokens.business(UUID.randomUUID());

    @Test
    void anotherBuyerCanNeitherSeeNorChangeTheQuestionsResponsesDocumentsOrStateOfANotice() {
        profile(acme, "Acme Roofing Ltd");
        UUID id = Api.published(council, Api.notice("Roof repairs " + Api.word()));
        String notice = OPPORTUNITIES + "/" + id;
        String question = as(acme).body(Map.of("question", "Is scaffolding provided?"))
                .post(notice + "/questions").then().statusCode(201).extract().path("id");
        String response = as(acme).body(Map.of("summary", "Two crews.", "pricePence", 2_000_000))
                .post(notice + "/responses").then().statusCode(201).extract().path("id");
        String document = given().auth().oauth2(council).multiPart("file", "specification.pdf", SampleFiles.pdf(),
                "application/pdf").post(notice + "/documents").then().statusCode(201).extract().path("id");

        notFound(as(otherBuyer).post(notice + "/close"));
        notFound(as(otherBuyer).body(Map.of("reason", "Not needed")).post(notice + "/cancel"));
        notFound(as(otherBuyer).get(notice + "/questions"));
        notFound(as(otherBuyer).body(Map.of("answer", "No.", "publish", true))
                .post(notice + "/questions/" + question + "/answer"));
        notFound(as(otherBuyer).get(notice + "/responses"));
        notFound(as(otherBuyer).get(notice + "/responses/" + response));
        notFound(given().auth().oauth2(otherBuyer).multiPart("file", "mine.pdf", SampleFiles.pdf(), "application/pdf")
                .post(notice + "/documents"));
        notFound(as(otherBuyer).delete(notice + "/documents/" + document));

        // nothing changed: still open, the question unanswered, the document there
        given().get(notice).then().statusCode(200).body("status", is("OPEN"))
                .body("documents.size()", is(1));
        as(council).get(notice + "/questions").then().statusCode(200)
                .body("[0].question", is("Is scaffolding provided?")).body("[0].answer", nullValue());

        Api.deadlinePasses(council, notice);
        notFound(as(otherBuyer).body(Map.of("responseId", response, "valuePence", 2_000_000))
                .post(notice + "/award"));
        given().get(notice).then().statusCode(200).body("status", is("CLOSED")).body("award", nullValue());
    }

    @Test
    void aRivalCannotAmendSomeoneElsesResponse() {
        profile(acme, "Acme Roofing Ltd");
        profile(rival, "Rival Roofs Ltd");
        UUID id = Api.published(council, Api.notice("Gutter clearing " + Api.word()));
        String responses = OPPORTUNITIES + "/" + id + "/responses";
        String response = as(acme).body(Map.of("summary", "One crew.", "pricePence", 900_000))
                .post(responses).then().statusCode(201).extract().path("id");

        notFound(as(rival).body(Map.of("summary", "Withdrawn.", "pricePence", 1)).patch(responses + "/" + response));
        as(acme).get(responses + "/" + response).then().statusCode(200)
                .body("summary", is("One crew.")).body("pricePence", is(900_000));
    }

    @TestFactory
    Stream<DynamicTest> theWrongRoleIsRefusedOnEveryWriteRoute() {
        UUID id = Api.published(council, Api.notice("Window cleaning " + Api.word()));
        String notice = OPPORTUNITIES + "/" + id;
        UUID someId = UUID.randomUUID();
        String business = TestTokens.business(UUID.randomUUID());
        Map<String, Object> anything = Map.of("reason", "x", "answer", "x", "responseId", someId.toString(),
                "valuePence", 1, "stage", "INVITING_SOLUTIONS", "question", "x", "summary", "x", "pricePence", 1);
        List<WriteRoute> asBuyer = List.of(
                new WriteRoute("POST", OPPORTUNITIES),
                new WriteRoute("PATCH", notice),
                new WriteRoute("POST", notice + "/publish"),
                new WriteRoute("POST", notice + "/close"),
                new WriteRoute("POST", notice + "/cancel"),
                new WriteRoute("POST", notice + "/award"),
                new WriteRoute("POST", notice + "/stage"),
                new WriteRoute("POST", notice + "/questions/" + someId + "/answer"),
                new WriteRoute("DELETE", notice + "/documents/" + someId));
        List<WriteRoute> asBusiness = List.of(
                new WriteRoute("POST", notice + "/questions"),
                new WriteRoute("POST", notice + "/responses"),
                new WriteRoute("PATCH", notice + "/responses/" + someId),
                new WriteRoute("PUT", "/api/opportunities/suppliers/me"),
                new WriteRoute("POST", "/api/opportunities/saved-searches"),
                new WriteRoute("POST", "/api/opportunities/contracts/" + id + "/social-value-reports"));
        return Stream.concat(
                asBuyer.stream().map(route -> route.refused("a business", business, anything)),
                asBusiness.stream().map(route -> route.refused("a buyer", council, anything)));
    }

    private record WriteRoute(String method, String path) {

        DynamicTest refused(String who, String token, Map<String, Object> body) {
            return DynamicTest.dynamicTest(who + ": " + method + " " + path, () -> given().auth().oauth2(token)
                    .contentType(ContentType.JSON).body(body).request(method, path)
                    .then().statusCode(403).contentType("application/problem+json"));
        }
    }

    private static void notFound(io.restassured.response.Response answer) {
        answer.then().statusCode(404).contentType("application/problem+json");
    }

    private static void profile(String token, String name) {
        as(token).body(Map.of("name", name, "companyNumber", "01234567", "size", "SMALL", "vcse", false,
                "postcode", "B5 4BU", "cpvInterests", List.of("45000000"), "description", "Roofing",
                "charterSignatory", true)).put("/api/opportunities/suppliers/me").then().statusCode(200);
    }
}
