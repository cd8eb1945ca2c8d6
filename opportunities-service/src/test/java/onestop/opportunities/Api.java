package onestop.opportunities;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The calls the journeys make over and over: a buyer's notice in a given state. */
public final class Api {

    public static final String OPPORTUNITIES = "/api/opportunities/opportunities";

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A complete notice body: publishable as it is, its deadline 30 days away. */
    public static Map<String, Object> notice(String title) {
        return notice(title, Duration.ofDays(30));
    }

    /** A complete notice body whose deadline is {@code closingIn} away on the service's clock. */
    public static Map<String, Object> notice(String title, Duration closingIn) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Work for " + title + " across the city.");
        body.put("type", "TENDER");
        body.put("cpvCodes", List.of("45000000-7"));
        body.put("valueMinPence", 1_000_000);
        body.put("valueMaxPence", 5_000_000);
        body.put("location", "Birmingham");
        body.put("postcode", "B1 1BB");
        Instant closingAt = Arc.container().instance(TestClock.class).get().instant().plus(closingIn);
        body.put("closingAt", closingAt.truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("smeSuitable", true);
        body.put("vcseSuitable", false);
        return body;
    }

    public static UUID draft(String buyerToken, Map<String, Object> body) {
        return UUID.fromString(as(buyerToken).body(body).post(OPPORTUNITIES).then().statusCode(201)
                .extract().path("id"));
    }

    public static UUID published(String buyerToken, Map<String, Object> body) {
        UUID id = draft(buyerToken, body);
        // as a client would: publishing has no body, so no Content-Type either
        given().auth().oauth2(buyerToken).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /**
     * The deadline of an open notice (its path) passes: the service's clock moves to just after it, and the
     * closing job closes the notice, as it does on the day (a buyer cannot close it sooner). The clock stays there
     * until the test ends ({@link ClockReset}).
     */
    public static void deadlinePasses(String buyerToken, String notice) {
        Instant closingAt = Instant.parse(as(buyerToken).get(notice).then().statusCode(200).extract()
                .path("closingAt"));
        TestClock clock = Arc.container().instance(TestClock.class).get();
        if (clock.instant().isBefore(closingAt)) {
            clock.set(closingAt.plusSeconds(1));
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(
                as(buyerToken).get(notice).then().statusCode(200).extract().path("status")));
    }

    /** Gives the business of {@code token} the supplier profile it needs before it responds. */
    public static void supplierProfile(String token, String name) {
        as(token).body(Map.of("name", name, "companyNumber", "01234567", "size", "SMALL", "vcse", false,
                "postcode", "B5 4BU", "cpvInterests", List.of("55520000"), "description", "Catering",
                "charterSignatory", true)).put("/api/opportunities/suppliers/me").then().statusCode(200);
    }

    /** A unique word, so that a test finds only its own notices. */
    public static String word() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        return "zq" + letters.substring(0, Math.min(8, letters.length()));
    }

    /** A lot of a tender notice with its values and three criteria weighted as given (price, quality, social value). */
    public static Map<String, Object> lot(String id, int price, int quality, int socialValue) {
        return Map.of("id", id, "title", "Lot " + id, "description", "The work of lot " + id,
                "valuePence", 100_000, "valueGrossPence", 120_000, "awardCriteria", List.of(
                        Map.of("name", "Price", "kind", "PRICE", "weight", price),
                        Map.of("name", "Quality", "kind", "QUALITY", "weight", quality),
                        Map.of("name", "Social value", "kind", "SOCIAL_VALUE", "weight", socialValue)));
    }
}
