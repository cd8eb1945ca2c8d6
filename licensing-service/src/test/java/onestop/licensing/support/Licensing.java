package onestop.licensing.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import onestop.platform.testing.SampleFiles;
import onestop.platform.testing.TestTokens;

/** The licensing API as a business and an officer use it, step by step, for the journey tests. */
public final class Licensing {

    public static final String API = "/api/licensing";

    private Licensing() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** A fresh business with its token. */
    public record Business(UUID id, String token) {

        public static Business create() {
            UUID id = UUID.randomUUID();
            return new Business(id, TestTokens.business(id));
        }
    }

    public static String officer() {
        return TestTokens.officer("officer@onestop.local");
    }

    /** A member of a responsible authority's staff: {@code police} or {@code environmental-health}. */
    public static String authority(String role) {
        return TestTokens.sign(TestTokens.claims(role + "-" + UUID.randomUUID() + "@onestop.local", Set.of(role)));
    }

    public static Map<String, Object> premises(String name) {
        return Map.of("name", name, "addressLine1", "1 Broad Street", "town", "Birmingham", "postcode", "B1 2HF");
    }

    /** Creates a draft; answers its id. */
    public static String draft(Business business, String type, Map<String, Object> premises,
            Map<String, Object> details) {
        return as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", type, "kind", "NEW", "premises", premises, "details", details,
                        "holderName", premises.get("name") + " Ltd"))
                .when().post(API + "/applications")
                .then().statusCode(201).extract().path("id");
    }

    public static void upload(Business business, String applicationId, String type, byte[] content, String name) {
        as(business.token()).multiPart("file", name, content).queryParam("type", type)
                .when().post(API + "/applications/" + applicationId + "/documents")
                .then().statusCode(201);
    }

    /**
     * Pays the fee: starts a GOV.UK Pay payment, and (the stubbed Pay saying the payer paid) asks for its state, as
     * the payer's return does. Answers Pay's payment id.
     */
    public static String pay(Business business, String applicationId) {
        String paymentId = as(business.token()).when().post(API + "/applications/" + applicationId + "/payment")
                .then().statusCode(201).extract().path("paymentId");
        as(business.token()).when().get(API + "/applications/" + applicationId + "/payment")
                .then().statusCode(200).body("paid", org.hamcrest.Matchers.is(true));
        return paymentId;
    }

    public static ExtractableResponse<Response> submit(Business business, String applicationId) {
        return as(business.token()).when().post(API + "/applications/" + applicationId + "/submit")
                .then().statusCode(200).extract();
    }

    public static String etag(String token, String applicationId) {
        return as(token).when().get(API + "/applications/" + applicationId).then().statusCode(200).extract()
                .header("ETag");
    }

    /** A premises licence validated into its 28-day consultation, at {@code postcode}: answers its id. */
    public static String premisesInConsultation(Business business, String name, String postcode) {
        Map<String, Object> premises = Map.of("name", name, "addressLine1", "1 Broad Street", "town", "Birmingham",
                "postcode", postcode);
        Map<String, Object> details = Map.of("licensableActivities", List.of("SALE_OF_ALCOHOL"),
                "openingHours", List.of(Map.of("day", "FRIDAY", "opens", "12:00", "closes", "23:30")),
                "designatedPremisesSupervisor", "Amrit Kaur");
        String id = draft(business, "PREMISES_LICENCE", premises, details);
        for (String document : List.of("PREMISES_PLAN", "DPS_CONSENT", "NEWSPAPER_ADVERT")) {
            upload(business, id, document, SampleFiles.pdf(), document.toLowerCase() + ".pdf");
        }
        pay(business, id);
        submit(business, id);
        as(officer()).when().post(API + "/applications/" + id + "/validate").then().statusCode(200);
        return id;
    }

    public static Map<String, Object> streetWorks() {
        return Map.of("street", "Corporation Street", "worksDescription", "Replace a gas main",
                "startDate", "2026-12-01", "endDate", "2026-12-20");
    }

    /** A submitted street works permit (tacit consent, no consultation, 3 months): answers its id. */
    public static String submittedStreetWorks(Business business, String premisesName) {
        String id = draft(business, "STREET_WORKS_PERMIT", premises(premisesName), streetWorks());
        upload(business, id, "TRAFFIC_MANAGEMENT_PLAN", SampleFiles.pdf(), "tmp.pdf");
        pay(business, id);
        submit(business, id);
        return id;
    }

    public static Map<String, Object> driverDetails() {
        return Map.of("dvlaLicenceNumber", "MORGA657054SM9IJ", "dbsCertificateNumber", "001234567890",
                "dbsUpdateService", true);
    }

    /** A submitted private hire driver licence application, with no premises: answers its id. */
    public static String submittedPrivateHireDriver(Business business, String driverName) {
        String id = as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "PRIVATE_HIRE_DRIVER", "kind", "NEW", "details", driverDetails(),
                        "holderName", driverName))
                .when().post(API + "/applications")
                .then().statusCode(201).extract().path("id");
        for (String document : List.of("DBS_CERTIFICATE", "GROUP2_MEDICAL", "DVLA_LICENCE")) {
            upload(business, id, document, SampleFiles.pdf(), document.toLowerCase() + ".pdf");
        }
        pay(business, id);
        submit(business, id);
        return id;
    }

    /** Grants a submitted application of a type with no consultation: answers the licence id. */
    public static String grant(String applicationId) {
        as(officer()).when().post(API + "/applications/" + applicationId + "/validate").then().statusCode(200);
        return as(officer()).contentType(ContentType.JSON).header("If-Match", etag(officer(), applicationId))
                .body(Map.of("outcome", "GRANT", "conditions", List.of()))
                .when().post(API + "/applications/" + applicationId + "/decision")
                .then().statusCode(200).extract().path("issuedLicenceId");
    }

    /** A premises licence for alcohol and regulated entertainment, validated into its 28-day consultation: its id. */
    public static String premisesInConsultation(Business business, String premisesName) {
        String id = draft(business, "PREMISES_LICENCE", premises(premisesName), Map.of(
                "licensableActivities", List.of("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT"),
                "openingHours", List.of(Map.of("day", "FRIDAY", "opens", "12:00", "closes", "23:30")),
                "designatedPremisesSupervisor", "Amrit Kaur"));
        upload(business, id, "PREMISES_PLAN", SampleFiles.pdf(), "plan.pdf");
        upload(business, id, "DPS_CONSENT", SampleFiles.pdf(), "consent.pdf");
        upload(business, id, "NEWSPAPER_ADVERT", SampleFiles.pdf(), "advert.pdf");
        pay(business, id);
        submit(business, id);
        as(officer()).when().post(API + "/applications/" + id + "/validate").then().statusCode(200);
        return id;
    }

    /** An officer records a representation on an application in consultation: answers its id. */
    public static String represent(String applicationId, String from, String category, String grounds) {
        return as(officer()).contentType(ContentType.JSON)
                .body(Map.of("from", from, "category", category, "grounds", grounds))
                .when().post(API + "/applications/" + applicationId + "/representations")
                .then().statusCode(201).extract().path("id");
    }

    /** The officer's finding on a representation, as the answer's status code. */
    public static ExtractableResponse<Response> determine(String applicationId, String representationId,
            String determination, String reasons) {
        Map<String, Object> body = reasons == null ? Map.of("determination", determination)
                : Map.of("determination", determination, "reasons", reasons);
        return as(officer()).contentType(ContentType.JSON).body(body)
                .when().put(API + "/applications/" + applicationId + "/representations/" + representationId
                        + "/determination")
                .then().extract();
    }

    /** An officer decides, at the version they read: the answer. */
    public static ExtractableResponse<Response> decide(String applicationId, Map<String, Object> decision) {
        return as(officer()).contentType(ContentType.JSON).header("If-Match", etag(officer(), applicationId))
                .body(decision).when().post(API + "/applications/" + applicationId + "/decision").then().extract();
    }

    /** A street works permit granted by an officer: answers the licence id. */
    public static String grantedStreetWorks(Business business, String premisesName, List<String> conditions) {
        String id = submittedStreetWorks(business, premisesName);
        as(officer()).when().post(API + "/applications/" + id + "/validate").then().statusCode(200);
        return as(officer()).contentType(ContentType.JSON).header("If-Match", etag(officer(), id))
                .body(Map.of("outcome", "GRANT", "conditions", conditions))
                .when().post(API + "/applications/" + id + "/decision")
                .then().statusCode(200).extract().path("issuedLicenceId");
    }
}
