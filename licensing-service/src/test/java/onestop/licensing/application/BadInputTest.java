package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.platform.testing.SampleFiles;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/** Every kind of bad input is a problem+json 4xx that says what is wrong, never a 500. */
@LicensingTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";
    private final Business business = Business.create();

    @Test
    void malformedJsonIs400() {
        as(business.token()).contentType(ContentType.JSON).body("{\"licenceTypeCode\": ")
                .when().post(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("JSON"));
    }

    @Test
    void anUnknownKindIs400NamingTheField() {
        as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "HMO_LICENCE", "kind", "REBORN"))
                .when().post(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("kind"))
                .body("errors[0].code", is("not-allowed"));
    }

    @Test
    void missingAndUnknownFieldsAre400() {
        as(business.token()).contentType(ContentType.JSON).body(Map.of("kind", "NEW"))
                .when().post(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("licenceTypeCode"))
                .body("errors.find { it.field == 'licenceTypeCode' }.code", is("required"));
        as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "X".repeat(51), "kind", "NEW"))
                .when().post(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.find { it.field == 'licenceTypeCode' }.code", is("too-long"));
        as(business.token()).contentType(ContentType.JSON).body(Map.of("licenceTypeCode", "NO_SUCH", "kind", "NEW"))
                .when().post(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("licenceTypeCode"))
                .body("errors[0].code", is("unknown"));
        as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "HMO_LICENCE", "kind", "NEW", "details", "lots"))
                .when().post(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("details"));
        as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "HMO_LICENCE", "kind", "RENEWAL"))
                .when().post(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("licenceId"))
                .body("errors[0].code", is("required"));
    }

    @Test
    void aWrongMediaTypeIs415() {
        as(business.token()).contentType(ContentType.TEXT).body("licenceTypeCode=HMO_LICENCE")
                .when().post(API + "/applications")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void badQueryParametersAndIdsAre4xx() {
        as(business.token()).queryParam("status", "PENDING").when().get(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("status"))
                .body("errors[0].code", is("not-allowed"));
        as(business.token()).queryParam("size", 1000).when().get(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].code", is("out-of-range"));
        as(business.token()).queryParam("overdue", "maybe").when().get(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].code", is("invalid"));
        as(business.token()).queryParam("page", "first").when().get(API + "/applications")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].code", is("not-a-number"));
        as(business.token()).when().get(API + "/applications/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        as(business.token()).when().get(API + "/applications/" + UUID.randomUUID()).then().statusCode(404);
        as(Licensing.officer()).queryParam("expiringWithinDays", -1).when().get(API + "/licences")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aProgramRenamedPdfIs415() {
        String id = draft();
        as(business.token()).multiPart("file", "plan.pdf", SampleFiles.exe(), "application/pdf")
                .queryParam("type", "TRAFFIC_MANAGEMENT_PLAN")
                .when().post(API + "/applications/" + id + "/documents")
                .then().statusCode(415).contentType(PROBLEM).body("detail", containsString("PDF, PNG and JPEG"));
        as(business.token()).when().get(API + "/applications/" + id + "/documents").then().body("size()", is(0));
    }

    @Test
    void aDocumentOver10MegabytesIs413() {
        byte[] big = Arrays.copyOf(SampleFiles.pdf(), 10 * 1024 * 1024 + 1);
        as(business.token()).multiPart("file", "plan.pdf", big).queryParam("type", "TRAFFIC_MANAGEMENT_PLAN")
                .when().post(API + "/applications/" + draft() + "/documents")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void anUploadMustSayWhichDocumentItIsAndHaveAFile() {
        String id = draft();
        as(business.token()).multiPart("file", "plan.pdf", SampleFiles.pdf())
                .when().post(API + "/applications/" + id + "/documents")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("type"))
                .body("errors[0].code", is("required"));
        as(business.token()).multiPart("other", "plan.pdf", SampleFiles.pdf()).queryParam("type", "TRAFFIC_MANAGEMENT_PLAN")
                .when().post(API + "/applications/" + id + "/documents")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("file"));
    }

    @Test
    void actionsInTheWrongStateAre409() {
        String id = Licensing.submittedStreetWorks(business, "Wrong state works");
        as(business.token()).when().post(API + "/applications/" + id + "/submit")
                .then().statusCode(409).contentType(PROBLEM);
        as(business.token()).multiPart("file", "late.pdf", SampleFiles.pdf()).queryParam("type", "TRAFFIC_MANAGEMENT_PLAN")
                .when().post(API + "/applications/" + id + "/documents")
                .then().statusCode(409).contentType(PROBLEM);
        as(Licensing.officer()).contentType(ContentType.JSON)
                .body(Map.of("from", "Resident", "category", "PUBLIC", "grounds", "Noise"))
                .when().post(API + "/applications/" + id + "/representations")
                .then().statusCode(409).contentType(PROBLEM);
    }

    private String draft() {
        return Licensing.draft(business, "STREET_WORKS_PERMIT", Licensing.premises("Bad input works"),
                Licensing.streetWorks());
    }

    @Test
    void resubmittingADraftIsAnIllegalTransitionNotAServerError() {
        Business business = Business.create();
        String id = Licensing.draft(business, "STREET_WORKS_PERMIT", Licensing.premises("Corporation Street"),
                Licensing.streetWorks());
        as(business.token()).header("If-Match", Licensing.etag(business.token(), id))
                .when().post(API + "/applications/" + id + "/resubmit")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", endsWith(" is a draft.")).body("detail", startsWith("You cannot resubmit while"));
    }
}
