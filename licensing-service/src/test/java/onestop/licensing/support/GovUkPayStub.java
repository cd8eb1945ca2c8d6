package onestop.licensing.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * GOV.UK Pay as its API reference describes it (https://docs.payments.service.gov.uk/api_reference/), stubbed
 * with WireMock for the service tests: creating a payment answers 201 {@code created} with a {@code next_url};
 * getting one answers {@code success} (the payer paid) unless a test says otherwise; cancel 204; refund 202.
 * Only with the test API key. The local stack and the system tests use the stand-ins app instead.
 */
public class GovUkPayStub implements QuarkusTestResourceLifecycleManager {

    public static final String API_KEY = "test-pay-key";
    public static final String WEBHOOK_SECRET = "test-webhook-secret";

    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        reset();
        return Map.of("licensing.pay.base-url", server.baseUrl(), "licensing.pay.api-key", API_KEY,
                "licensing.pay.webhook-secret", WEBHOOK_SECRET, "licensing.pay.public-url", "https://onestop.test");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Back to Pay answering as a payer who pays. */
    public static void reset() {
        server.resetAll();
        String bearer = "Bearer " + API_KEY;
        server.stubFor(post(urlEqualTo("/v1/payments")).withHeader("Authorization", equalTo(bearer))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withTransformers("response-template").withBody("""
                                {{#assign 'id'}}{{randomValue length=26 type='ALPHANUMERIC' lowercase=true}}{{/assign}}
                                {"amount": {{jsonPath request.body '$.amount'}},
                                 "reference": "{{jsonPath request.body '$.reference'}}",
                                 "description": "{{jsonPath request.body '$.description'}}",
                                 "return_url": "{{jsonPath request.body '$.return_url'}}",
                                 "payment_id": "{{id}}", "payment_provider": "sandbox", "language": "en",
                                 "state": {"status": "created", "finished": false},
                                 "_links": {"self": {"href": "{{request.baseUrl}}/v1/payments/{{id}}", "method": "GET"},
                                   "next_url": {"href": "https://card.payments.service.gov.uk/secure/{{id}}", "method": "GET"}}}
                                """)));
        server.stubFor(get(urlPathMatching("/v1/payments/[a-z0-9]+")).withHeader("Authorization", equalTo(bearer))
                .willReturn(payment("success", true, null, null)));
        server.stubFor(post(urlPathMatching("/v1/payments/[a-z0-9]+/cancel")).withHeader("Authorization",
                equalTo(bearer)).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathMatching("/v1/payments/[a-z0-9]+/refunds")).withHeader("Authorization",
                equalTo(bearer)).willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json")
                        .withTransformers("response-template").withBody("""
                                {"refund_id": "{{randomValue length=26 type='ALPHANUMERIC' lowercase=true}}",
                                 "amount": {{jsonPath request.body '$.amount'}}, "status": "submitted",
                                 "created_date": "{{now}}"}
                                """)));
    }

    /** From now on Pay says payment {@code payId} is in {@code status} (with Pay's failure code, if any). */
    public static void state(String payId, String status, boolean finished, String code, String message) {
        server.stubFor(get(urlEqualTo("/v1/payments/" + payId)).atPriority(1)
                .willReturn(payment(status, finished, code, message)));
    }

    /** From now on Pay does not know payment {@code payId} (404, as Pay answers). */
    public static void unknown(String payId) {
        server.stubFor(get(urlEqualTo("/v1/payments/" + payId)).atPriority(1).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\": \"P0200\", \"description\": \"Not found\"}")));
    }

    /** Pay cannot be reached: every connection is cut. */
    public static void unreachable() {
        server.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /** A webhook message as Pay sends it, about {@code payId} now in {@code status}. */
    public static String webhook(String payId, String status, boolean finished) {
        return """
                {"webhook_message_id": "%s-%s", "api_version": 1, "created_date": "2026-12-04T10:00:00Z",
                 "resource_id": "%s", "resource_type": "payment", "event_type": "card_payment_succeeded",
                 "resource": {"payment_id": "%s", "amount": 19000, "reference": "x",
                   "state": {"status": "%s", "finished": %s}}}
                """.formatted(payId, status, payId, payId, status, finished);
    }

    /** {@code Pay-Signature}: HMAC-SHA256 of the body under the webhook signing secret, in hex. */
    public static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder payment(String status,
            boolean finished, String code, String message) {
        String failure = code == null ? "" : ", \"code\": \"" + code + "\", \"message\": \"" + message + "\"";
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withTransformers("response-template").withBody("""
                        {"payment_id": "{{request.pathSegments.[2]}}", "amount": 19000, "reference": "x",
                         "state": {"status": "%s", "finished": %s%s},
                         "_links": {"self": {"href": "{{request.baseUrl}}/v1/payments/{{request.pathSegments.[2]}}", "method": "GET"}%s}}
                        """.formatted(status, finished, failure, finished ? ""
                                : ", \"next_url\": {\"href\": \"https://card.payments.service.gov.uk/secure/{{request.pathSegments.[2]}}\", \"method\": \"GET\"}"));
    }
}
