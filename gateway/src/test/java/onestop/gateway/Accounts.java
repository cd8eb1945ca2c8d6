package onestop.gateway;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Accounts for tests, made and signed in through the gateway's own routes, as a client would. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";

    private Accounts() {
    }

    /** A business user just registered, with its token. */
    public record BusinessUser(UUID userId, UUID businessId, String email, String token) {
    }

    public static BusinessUser newBusiness() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        var registered = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "businessName", "Balti Triangle Ltd",
                        "postcode", "B12 9LP"))
                .when().post("/api/auth/register")
                .then().statusCode(201).extract().jsonPath();
        return new BusinessUser(UUID.fromString(registered.getString("userId")),
                UUID.fromString(registered.getString("businessId")), email, signIn(email, PASSWORD));
    }

    public static String officer() {
        return signIn("officer@onestop.local", "cobalt-lantern-thistle-41");
    }

    public static String buyer() {
        return signIn("buyer@onestop.local", "marsh-violet-quarry-27");
    }

    public static String admin() {
        return signIn("admin@onestop.local", "heron-basalt-juniper-63");
    }

    public static String signIn(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }
}
