package onestop.platform.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock playing GOV.UK Notify's API by its published contract; each test stubs the answers it needs. A test
 * resource (not a profile): the test and the application then share this class, and so the server.
 */
public class NotifyStandIn implements QuarkusTestResourceLifecycleManager {

    /** A key in Notify's format: name, service id (the JWT's issuer), then the secret that signs the JWT. */
    public static final String API_KEY = "onestop_test-26785a09-ab16-4eb0-8407-a37497a57506"
            + "-3d844edf-8d35-48ac-975b-e847b4f122b0";
    public static final String CALLBACK_TOKEN = "receipts-token-for-tests";
    /** The text message template ({@code ((body))}) every text goes by. */
    public static final String TEXT_TEMPLATE = "8b1f7c2e-5d6a-4e3b-9c8d-2f1e0a9b8c7d";

    public static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("onestop.mail.route", "notify",
                "onestop.mail.notify.text-template", TEXT_TEMPLATE,
                "onestop.mail.notify.api-key", API_KEY,
                "onestop.mail.notify.base-url", server.baseUrl(),
                "onestop.mail.notify.templates.area-alert", "f33517ff-2a88-4f6e-b855-c550268ce08a",
                "onestop.mail.notify.default-template", "0d1ec9b8-3f5c-4f13-9f73-6b1b7a1ec6d4",
                "onestop.mail.notify.callback-token", CALLBACK_TOKEN,
                "onestop.mail.first-backoff", "0s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static final UUID TAKE_EMAIL = UUID.fromString("3f1a9a52-7a1e-4a43-8d0e-6c5b2f1e0a01");
    private static final UUID TAKE_TEXT = UUID.fromString("3f1a9a52-7a1e-4a43-8d0e-6c5b2f1e0a02");

    /**
     * Notify takes every email and text message from now on, each with a notification id of its own and the
     * reference it was sent with (a test's own stubs made later win over these).
     */
    public static void takeEverything() {
        for (Map.Entry<UUID, String> api : Map.of(TAKE_EMAIL, "/v2/notifications/email",
                TAKE_TEXT, "/v2/notifications/sms").entrySet()) {
            if (server.getStubMappings().stream().anyMatch(stub -> api.getKey().equals(stub.getId()))) {
                continue; // already taking them
            }
            server.stubFor(post(urlEqualTo(api.getValue())).withId(api.getKey()).atPriority(10)
                    .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                            .withTransformers("response-template").withBody("""
                                    {"id": "{{randomValue type='UUID'}}", "reference": "{{jsonPath request.body '$.reference'}}",
                                     "content": {"subject": "", "body": "", "from_email": "onestop@notifications.service.gov.uk",
                                                 "from_number": "GOVUK", "one_click_unsubscribe_url": null},
                                     "uri": "https://api.notifications.service.gov.uk/v2/notifications/x",
                                     "template": {"id": "%s", "version": 1,
                                                  "uri": "https://api.notifications.service.gov.uk/v2/template/x"}}"""
                                    .formatted(TEXT_TEMPLATE))));
        }
    }

    /** Notify's answer to {@code POST /v2/notifications/sms}. */
    public static String textCreated(String notificationId, String reference, String body) {
        return """
                {"id": "%s", "reference": "%s",
                 "content": {"body": "%s", "from_number": "GOVUK"},
                 "uri": "https://api.notifications.service.gov.uk/v2/notifications/%s",
                 "template": {"id": "%s", "version": 1,
                              "uri": "https://api.notifications.service.gov.uk/v2/template/%s"}}"""
                .formatted(notificationId, reference, body, notificationId, TEXT_TEMPLATE, TEXT_TEMPLATE);
    }

    /** Notify's answer to {@code POST /v2/notifications/email}. */
    public static String created(String notificationId, String reference, String templateId) {
        return """
                {"id": "%s", "reference": "%s",
                 "content": {"subject": "Alert", "body": "A new application.", "from_email": "onestop@notifications.service.gov.uk",
                             "one_click_unsubscribe_url": null},
                 "uri": "https://api.notifications.service.gov.uk/v2/notifications/%s",
                 "template": {"id": "%s", "version": 1,
                              "uri": "https://api.notifications.service.gov.uk/v2/template/%s"}}"""
                .formatted(notificationId, reference, notificationId, templateId, templateId);
    }
}
