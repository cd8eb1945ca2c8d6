package onestop.opportunities.cascade;

import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;

import java.util.Map;
import java.util.UUID;

import onestop.opportunities.Api;

/** Test steps of the cascade: a supplier profile, a response, a contract run from publication to award. */
public final class CascadeSteps {

    private CascadeSteps() {
    }

    public static void profile(String token, String name, String size, String postcode) {
        as(token).body(Map.of("name", name, "size", size, "vcse", false, "charterSignatory", true,
                "postcode", postcode)).put("/api/opportunities/suppliers/me").then().statusCode(200);
    }

    public static String respond(String token, UUID notice, long pricePence) {
        return as(token).body(Map.of("summary", "We can do this.", "pricePence", pricePence))
                .post(OPPORTUNITIES + "/" + notice + "/responses").then().statusCode(201).extract().path("id");
    }

    /** A buyer's contract, published, answered by {@code winner} alone, closed and awarded to it. */
    public static UUID wonBy(String buyer, String winner, String title, long valuePence) {
        UUID contract = Api.published(buyer, Api.notice(title));
        String response = respond(winner, contract, valuePence);
        Api.deadlinePasses(buyer, OPPORTUNITIES + "/" + contract);
        as(buyer).body(Map.of("responseId", response, "valuePence", valuePence))
                .post(OPPORTUNITIES + "/" + contract + "/award").then().statusCode(200);
        return contract;
    }

    /** The prime posts a subcontract of its won contract. */
    public static UUID subcontract(String prime, UUID contract, String title) {
        return UUID.fromString(as(prime).body(Api.notice(title)).post(OPPORTUNITIES + "/" + contract + "/subcontracts")
                .then().statusCode(201).extract().path("id"));
    }

    /** The prime closes its subcontract and awards it to {@code winner}. */
    public static void awardSubcontract(String prime, UUID subcontract, String responseId, long valuePence) {
        Api.deadlinePasses(prime, OPPORTUNITIES + "/" + subcontract);
        as(prime).body(Map.of("responseId", responseId, "valuePence", valuePence))
                .post("/api/opportunities/subcontracts/" + subcontract + "/award").then().statusCode(200);
    }
}
