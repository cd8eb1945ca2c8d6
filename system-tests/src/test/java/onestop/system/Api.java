package onestop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What a client does through the gateway: register, sign in, and call the API with its token. */
public final class Api {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String LICENSING = "/api/licensing";
    public static final String OPPORTUNITIES = "/api/opportunities";
    /** The smallest file the licensing service takes as a PDF document. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A registered business user: its token and business id. */
    public record Business(String email, String token, UUID businessId) {
    }

    private Api() {
    }

    /**
     * A word no other test uses, of letters only (as search splits words at digits), so that a test finds only its
     * own notices: "zq" and six of a to f.
     */
    public static String word() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + random.nextInt(6)));
        }
        return word.toString();
    }

    /** A business registered through the API, its address confirmed with the emailed link, signed in. */
    public static Business registerBusiness(String name) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "businessName", name, "postcode", "B1 1BB"))
                .when().post("/api/auth/register")
                .then().statusCode(202);
        given().contentType(ContentType.JSON)
                .body(Map.of("token", RunningSystem.shared().mailbox().token(email, "/verify-email")))
                .when().post("/api/auth/verify-email")
                .then().statusCode(204);
        String token = token(email, PASSWORD);
        String businessId = as(token).when().get("/api/me").then().statusCode(200).extract().path("business.id");
        return new Business(email, token, UUID.fromString(businessId));
    }

    public static String token(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/auth/token")
                .then().statusCode(200).extract().path("accessToken");
    }

    public static String staffToken(RunningSystem system, String role) {
        return token(role + "@onestop.local", system.staffPassword(role));
    }

    /** The name on the drivers' licences the helpers apply for: the register must never show it. */
    public static final String DRIVER_NAME = "Samir Lichfield";

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /**
     * A private hire driver's licence granted to {@code business} through the API, the way an applicant
     * and an officer would: apply, upload the documents, pay, submit, validate, grant. Returns the application id.
     */
    public static String grantPrivateHireDriverLicence(RunningSystem system, Business business) {
        String officer = staffToken(system, "officer");
        String id = validatedPrivateHireDriverApplication(system, business);
        as(officer).header("If-Match", etag(officer, id)).contentType(ContentType.JSON)
                .body(Map.of("outcome", "GRANT", "conditions", List.of("Display the badge at all times"),
                        "reasons", "All checks passed"))
                .when().post(LICENSING + "/applications/" + id + "/decision")
                .then().statusCode(200).body("status", is("GRANTED"));
        return id;
    }

    /** A private hire driver's application of {@code business}, submitted and validated: ready for a decision. */
    public static String validatedPrivateHireDriverApplication(RunningSystem system, Business business) {
        String officer = staffToken(system, "officer");
        String id = submitPrivateHireDriverApplication(business);
        as(officer).header("If-Match", etag(officer, id))
                .when().post(LICENSING + "/applications/" + id + "/validate")
                .then().statusCode(200).body("status", is("UNDER_REVIEW"));
        return id;
    }

    /** A private hire driver's application of {@code business}, complete, paid and submitted. Returns its id. */
    public static String submitPrivateHireDriverApplication(Business business) {
        return submitApplication(business, "PRIVATE_HIRE_DRIVER", null,
                Map.of("dvlaLicenceNumber", "MORGA753116SM9IJ", "dbsCertificateNumber", "001234567890",
                        "dbsUpdateService", true),
                List.of("DBS_CERTIFICATE", "GROUP2_MEDICAL", "DVLA_LICENCE"));
    }

    /**
     * An application of {@code type} with these details and documents, paid and submitted. Returns its id. A
     * {@code null} postcode is a licence of an individual (a driver's): no premises, the holder's name instead.
     */
    public static String submitApplication(Business business, String type, String postcode, Map<String, ?> details,
            List<String> documents) {
        Map<String, Object> body = postcode == null
                ? Map.of("licenceTypeCode", type, "kind", "NEW", "holderName", DRIVER_NAME, "details", details)
                : Map.of("licenceTypeCode", type, "kind", "NEW", "details", details,
                        "premises", Map.of("name", "Aston Cars", "addressLine1", "1 Lichfield Road", "town",
                                "Birmingham", "postcode", postcode));
        String id = as(business.token()).contentType(ContentType.JSON).body(body)
                .when().post(LICENSING + "/applications")
                .then().statusCode(201).extract().path("id");
        for (String document : documents) {
            as(business.token()).multiPart("file", document.toLowerCase() + ".pdf", PDF, "application/pdf")
                    .queryParam("type", document)
                    .when().post(LICENSING + "/applications/" + id + "/documents")
                    .then().statusCode(201);
        }
        PayStandIn.payFee(business.token(), id);
        // Pay's webhook for the same payment may still change the application (its ETag) after the payer is back:
        // a client told 412 reads the application again and retries, as any client of If-Match does
        io.restassured.response.Response submitted = null;
        for (int attempt = 0; attempt < 3 && (submitted == null || submitted.statusCode() == 412); attempt++) {
            submitted = as(business.token()).header("If-Match", etag(business.token(), id))
                    .when().post(LICENSING + "/applications/" + id + "/submit");
        }
        submitted.then().statusCode(200).body("status", is("SUBMITTED"));
        return id;
    }

    public static String etag(String token, String application) {
        return as(token).when().get(LICENSING + "/applications/" + application)
                .then().statusCode(200).extract().header("ETag");
    }
}
