package onestop.system;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What a client does through the gateway: register, sign in, and call the API with its token. */
final class Api {

    static final String PASSWORD = "correct horse battery staple";

    /** A registered business user: its token and business id. */
    record Business(String email, String token, UUID businessId) {
    }

    private Api() {
    }

    static Business registerBusiness(String name) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String businessId = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "businessName", name, "postcode", "B1 1BB"))
                .when().post("/api/auth/register")
                .then().statusCode(201).extract().path("businessId");
        return new Business(email, token(email, PASSWORD), UUID.fromString(businessId));
    }

    static String token(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }

    static String staffToken(RunningSystem system, String role) {
        return token(role + "@onestop.local", system.staffPassword(role));
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }
}
