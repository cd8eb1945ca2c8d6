package onestop.system;

import static onestop.system.Api.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A payer on the GOV.UK Pay stand-in's payment page, by HTTP as a browser without JavaScript would: card details,
 * then "Confirm payment". For API tests; the browser journeys click through the same page.
 */
public final class PayStandIn {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PayStandIn() {
    }

    /** Pays the fee of {@code applicationId}: starts the payment, pays on the stand-in, and returns as Pay sends back. */
    public static void payFee(String token, String applicationId) {
        String nextUrl = as(token).when().post(Api.LICENSING + "/applications/" + applicationId + "/payment")
                .then().statusCode(201).extract().path("nextUrl");
        pay(nextUrl);
        as(token).when().get(Api.LICENSING + "/applications/" + applicationId + "/payment")
                .then().statusCode(200).body("paid", org.hamcrest.Matchers.is(true));
    }

    /** Card details and "Confirm payment" on the page at {@code nextUrl}; answers where Pay sends the payer back. */
    public static String pay(String nextUrl) {
        send(HttpRequest.newBuilder(URI.create(nextUrl)).GET());
        send(form(nextUrl, "cardNo=4444333322221111&expiryMonth=12&expiryYear=30&cardholderName="
                + URLEncoder.encode("A Payer", StandardCharsets.UTF_8) + "&cvc=123"));
        return send(form(nextUrl + "/confirm", "")).headers().firstValue("Location").orElseThrow();
    }

    /** "Cancel payment" on the page at {@code nextUrl}. */
    public static String cancel(String nextUrl) {
        return send(form(nextUrl + "/cancel", "")).headers().firstValue("Location").orElseThrow();
    }

    private static HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 400) {
                throw new IllegalStateException("The Pay stand-in answered " + answer.statusCode());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
