package onestop.licensing.lifecycle;

import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import onestop.platform.testing.TestTokens;

/** Who takes a step: the applicant, a business that is not theirs, a licensing officer, or nobody signed in. */
enum Role {
    OWNER, ANOTHER_BUSINESS, OFFICER, ANONYMOUS;

    /** A request as this role, for the application owned by {@code owner}. */
    RequestSpecification request(UUID owner) {
        return switch (this) {
            case OWNER -> RestAssured.given().auth().oauth2(TestTokens.business(owner));
            case ANOTHER_BUSINESS -> RestAssured.given().auth().oauth2(TestTokens.business(UUID.randomUUID()));
            case OFFICER -> RestAssured.given().auth().oauth2(TestTokens.officer("officer@onestop.local"));
            case ANONYMOUS -> RestAssured.given();
        };
    }
}
