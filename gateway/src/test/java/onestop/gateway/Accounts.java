package onestop.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import onestop.platform.mail.MailRelay;
import onestop.platform.testing.NotifyStandIn;

/** Accounts for tests, made and signed in through the gateway's own routes, as a client would. */
public final class Accounts {

    public static final String PASSWORD = "correct horse battery";
    private static final Pattern LINK_TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern NOTIFY_VERIFY_LINK = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    private Accounts() {
    }

    /** A business user just registered and confirmed, with its token. */
    public record BusinessUser(UUID userId, UUID businessId, String email, String token) {
    }

    public static BusinessUser newBusiness() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        register(email, PASSWORD);
        return confirmedAndSignedIn(email, tokenMailedTo(email, "/verify-email"));
    }

    // the address confirmed with the emailed link's token, then signed in
    private static BusinessUser confirmedAndSignedIn(String email, String linkToken) {
        given().contentType(ContentType.JSON).body(Map.of("token", linkToken))
                .when().post("/api/auth/verify-email")
                .then().statusCode(204);
        String token = signIn(email, PASSWORD);
        var me = given().auth().oauth2(token).when().get("/api/me").then().statusCode(200).extract().jsonPath();
        return new BusinessUser(UUID.fromString(me.getString("userId")), UUID.fromString(me.getString("business.id")),
                email, token);
    }

    /**
     * A business user registered and confirmed where mail goes through GOV.UK Notify ({@code NotifyStandIn}): the
     * confirmation link is read from the email Notify was asked to send, which this stubs Notify to take (with
     * its text messages), each with a notification id of its own.
     */
    public static BusinessUser newBusinessThroughNotify() {
        NotifyStandIn.takeEverything();
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        register(email, PASSWORD);
        Arc.container().instance(MailRelay.class).get().relay();
        String token = null;
        for (var request : NotifyStandIn.server.findAll(postRequestedFor(urlEqualTo("/v2/notifications/email")))) {
            String body = request.getBodyAsString();
            Matcher link = NOTIFY_VERIFY_LINK.matcher(body);
            if (body.contains("\"" + email + "\"") && link.find()) {
                token = link.group(1);
            }
        }
        if (token == null) {
            throw new AssertionError("No confirmation link was sent through Notify to " + email);
        }
        return confirmedAndSignedIn(email, token);
    }

    /** Registers a business; its email address is not confirmed yet. */
    public static void register(String email, String password) {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "businessName", "Balti Triangle Ltd",
                        "postcode", "B12 9LP"))
                .when().post("/api/auth/register")
                .then().statusCode(202);
    }

    /**
     * The mails sent to an address so far, oldest first, once the mail outbox's relay (which tests run by hand) has
     * sent what is queued.
     */
    public static List<Mail> mailsTo(String email) {
        Arc.container().instance(MailRelay.class).get().relay();
        List<Mail> mails = Arc.container().instance(MockMailbox.class).get().getMailsSentTo(email);
        return mails == null ? List.of() : mails;
    }

    /** The token of the latest link to {@code page} mailed to the address. */
    public static String tokenMailedTo(String email, String page) {
        List<Mail> mails = mailsTo(email);
        for (int i = mails.size() - 1; i >= 0; i--) {
            String text = mails.get(i).getText();
            int at = text.indexOf(page + "?token=");
            if (at >= 0) {
                Matcher token = LINK_TOKEN.matcher(text.substring(at));
                if (token.find()) {
                    return token.group(1);
                }
            }
        }
        throw new AssertionError("No link to " + page + " was mailed to " + email + "; mails: " + mails.size());
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

    public static String police() {
        return signIn("police@onestop.local", "copper-beacon-hollow-58");
    }

    public static String environmentalHealth() {
        return signIn("environmental-health@onestop.local", "fennel-granite-otter-19");
    }

    public static String signIn(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }
}
