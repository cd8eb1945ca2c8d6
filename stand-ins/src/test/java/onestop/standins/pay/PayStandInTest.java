package onestop.standins.pay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The Pay stand-in answers as GOV.UK Pay's API documents, and its payment page takes or abandons a payment. */
@QuarkusTest
class PayStandInTest {

    private static RequestSpecification pay() {
        return given().auth().oauth2("stand-in-pay-key").contentType(ContentType.JSON);
    }

    private static String create(long amount) {
        return pay().body(Map.of("amount", amount, "reference", "LIC-1", "description", "Premises licence",
                "return_url", "https://service.example/return"))
                .when().post("/pay/v1/payments")
                .then().statusCode(201).body("state.status", is("created")).body("state.finished", is(false))
                .body("amount", is((int) amount)).body("_links.next_url.href", containsString("/pay/secure/"))
                .extract().path("payment_id");
    }

    @Test
    void aPayerWhoConfirmsPaysAndGoesBack() {
        String id = create(19000);

        given().when().get("/pay/secure/" + id).then().statusCode(200).body(containsString("Enter card details"));
        pay().when().get("/pay/v1/payments/" + id).then().body("state.status", is("started"));
        given().formParams(Map.of("cardNo", "4444 3333 2222 1111", "expiryMonth", "12", "expiryYear", "30",
                "cardholderName", "A Payer", "cvc", "123"))
                .when().post("/pay/secure/" + id).then().statusCode(200).body(containsString("Confirm payment"));
        String location = given().redirects().follow(false).when().post("/pay/secure/" + id + "/confirm")
                .then().statusCode(303).extract().header("Location");

        assertThat(location).isEqualTo("https://service.example/return");
        pay().when().get("/pay/v1/payments/" + id).then().body("state.status", is("success"))
                .body("state.finished", is(true)).body("refund_summary.amount_available", is(19000));
        pay().body(Map.of("amount", 19000, "refund_amount_available", 19000))
                .when().post("/pay/v1/payments/" + id + "/refunds").then().statusCode(202).body("status", is("success"));
        pay().body(Map.of("amount", 1)).when().post("/pay/v1/payments/" + id + "/refunds").then().statusCode(412);
    }

    @Test
    void aPayerWhoCancelsHasNotPaid() {
        String id = create(500);

        given().redirects().follow(false).when().post("/pay/secure/" + id + "/cancel").then().statusCode(303);

        pay().when().get("/pay/v1/payments/" + id).then().body("state.status", is("failed"))
                .body("state.code", is("P0030")).body("state.finished", is(true));
    }

    @Test
    void withoutTheKeyOrAmountPayRefuses() {
        given().contentType(ContentType.JSON).body(Map.of("amount", 1)).when().post("/pay/v1/payments")
                .then().statusCode(401);
        pay().body(Map.of("reference", "x", "description", "y", "return_url", "https://x"))
                .when().post("/pay/v1/payments").then().statusCode(400).body("code", is("P0101"))
                .body("field", is("amount"));
        pay().when().get("/pay/v1/payments/nosuchpayment").then().statusCode(404).body("code", is("P0200"));
    }

    @Test
    void theSignatureIsTheHexHmacSha256OfTheBody() {
        // the well-known HMAC-SHA256 example (key "key")
        assertThat(PayWebhooks.sign("The quick brown fox jumps over the lazy dog", "key"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }
}
