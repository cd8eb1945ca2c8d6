package onestop.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestPorts;
import onestop.gateway.notification.Notification;
import onestop.gateway.privacy.DataExport;
import onestop.gateway.routing.FakeLicensingService;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * Every gateway route against every kind of caller, generated from the route list: who may, who is told to
 * sign in (401), who is refused (403), and who is told the thing does not exist because it is not theirs (404).
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class AuthorizationMatrixTest {

    /** Who may call a route. */
    enum Access {
        PUBLIC, SIGNED_IN, BUSINESS, ADMIN, OWNER_ONLY, BUSINESS_OWNER_ONLY, SERVICE_DECIDES
    }

    enum Caller {
        ANONYMOUS, OWNER, OTHER_BUSINESS, OFFICER, BUYER, ADMIN
    }

    record Route(String method, String path, Access access, Supplier<String> body) {
    }

    /** Anyone may call it: a well-formed request succeeds whoever sends it. */
    private static final int PUBLIC = -1;

    static FakeLicensingService licensing;

    @BeforeAll
    static void startLicensing() throws Exception {
        licensing = new FakeLicensingService(TestPorts.licensing());
    }

    @AfterAll
    static void stopLicensing() throws Exception {
        licensing.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForEveryCaller() {
        Accounts.BusinessUser owner = Accounts.newBusiness();
        Accounts.BusinessUser other = Accounts.newBusiness();
        Map<Caller, String> tokens = Map.of(Caller.OWNER, owner.token(), Caller.OTHER_BUSINESS, other.token(),
                Caller.OFFICER, Accounts.officer(), Caller.BUYER, Accounts.buyer(), Caller.ADMIN, Accounts.admin());
        UUID ownersNotification = notificationOf(owner.userId());
        UUID ownersExport = exportOf(owner.userId());

        List<Route> routes = List.of(
                new Route("GET", "/api/me", Access.SIGNED_IN, null),
                new Route("GET", "/api/me/dashboard", Access.BUSINESS, null),
                new Route("GET", "/api/me/notifications", Access.SIGNED_IN, null),
                new Route("GET", "/api/me/texts", Access.SIGNED_IN, null),
                new Route("POST", "/api/me/notifications/" + ownersNotification + "/read", Access.OWNER_ONLY, null),
                new Route("GET", "/api/me/data-export", Access.BUSINESS, null),
                new Route("GET", "/api/me/data-export/" + ownersExport, Access.BUSINESS_OWNER_ONLY, null),
                new Route("GET", "/api/admin/users", Access.ADMIN, null),
                new Route("POST", "/api/admin/users", Access.ADMIN, () -> """
                        {"email":"officer-%s@onestop.local","password":"a long officer password",
                         "role":"licensing-officer"}""".formatted(UUID.randomUUID())),
                new Route("POST", "/api/admin/keys", Access.ADMIN, null),
                new Route("POST", "/api/auth/register", Access.PUBLIC, () -> """
                        {"email":"new-%s@example.com","password":"a long enough password","businessName":"Kiosk",
                         "postcode":"B1 1BB"}""".formatted(UUID.randomUUID())),
                new Route("POST", "/api/auth/token", Access.PUBLIC,
                        () -> "{\"email\":\"" + owner.email() + "\",\"password\":\"" + Accounts.PASSWORD + "\"}"),
                new Route("GET", "/.well-known/jwks.json", Access.PUBLIC, null),
                new Route("GET", "/api/licensing/applications", Access.SERVICE_DECIDES, null));

        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes) {
            for (Caller caller : Caller.values()) {
                int expected = expected(route.method(), route.access(), caller);
                tests.add(DynamicTest.dynamicTest(route.method() + " " + route.path() + " as " + caller + " -> "
                        + (expected == PUBLIC ? "2xx" : expected), () -> {
                            Response response = call(route, tokens.get(caller));
                            if (expected == PUBLIC) {
                                assertThat(response.statusCode()).as(response.asString()).isBetween(200, 299);
                                return;
                            }
                            assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
                            if (expected >= 400) {
                                assertThat(response.contentType()).startsWith("application/problem+json");
                            }
                        }));
            }
        }
        return tests.stream();
    }

    private static int expected(String method, Access access, Caller caller) {
        if (access == Access.PUBLIC) {
            return PUBLIC;
        }
        if (caller == Caller.ANONYMOUS) {
            return 401;
        }
        return switch (access) {
            case SIGNED_IN, SERVICE_DECIDES -> 200;
            case BUSINESS -> caller == Caller.OWNER || caller == Caller.OTHER_BUSINESS ? 200 : 403;
            case ADMIN -> caller != Caller.ADMIN ? 403 : "GET".equals(method) ? 200 : 201;
            case OWNER_ONLY -> caller == Caller.OWNER ? 200 : 404;
            // a business route: staff are refused for their role, another business finds nothing
            case BUSINESS_OWNER_ONLY -> caller == Caller.OWNER ? 200 : caller == Caller.OTHER_BUSINESS ? 404 : 403;
            default -> throw new IllegalStateException();
        };
    }

    private static Response call(Route route, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (route.body() != null) {
            request.contentType(ContentType.JSON).body(route.body().get());
        }
        return request.when().request(route.method(), route.path());
    }

    // an export still to be put together, which the assembly job leaves alone for a day
    private static UUID exportOf(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            DataExport export = new DataExport();
            export.id = UUID.randomUUID();
            export.userId = userId;
            export.state = onestop.gateway.api.DataExportView.State.REQUESTED;
            export.requestedAt = Instant.now();
            export.nextAttemptAt = Instant.now().plus(java.time.Duration.ofDays(1));
            export.persist();
            return export.id;
        });
    }

    private static UUID notificationOf(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Notification notification = new Notification();
            notification.id = UUID.randomUUID();
            notification.userId = userId;
            notification.eventId = UUID.randomUUID().toString();
            notification.kind = "licence-issued";
            notification.title = "Licence PL-000046 issued";
            notification.body = "Your premises licence has been issued.";
            notification.createdAt = Instant.now();
            notification.persist();
            return notification.id;
        });
    }
}
