package onestop.licensing.application;

import static io.restassured.RestAssured.given;
import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.platform.testing.SampleFiles;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.platform.testing.TestTokens;

/** Businesses see only their own applications and licences; officer routes are the officers'. */
@LicensingTest
class AuthorizationTest {

    private final Business owner = Business.create();
    private final Business other = Business.create();

    @Test
    void anotherBusinessGets404OnEveryApplicationRoute() {
        String id = Licensing.draft(owner, "STREET_WORKS_PERMIT", Licensing.premises("Owner's works"),
                Licensing.streetWorks());
        Licensing.upload(owner, id, "TRAFFIC_MANAGEMENT_PLAN", SampleFiles.pdf(), "tmp.pdf");
        String documentId = as(owner.token()).when().get(API + "/applications/" + id + "/documents")
                .then().statusCode(200).extract().path("[0].id");
        String application = API + "/applications/" + id;

        as(other.token()).when().get(application).then().statusCode(404).contentType("application/problem+json");
        as(other.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("holderName", "Mine"))
                .when().patch(application).then().statusCode(404);
        as(other.token()).when().post(application + "/submit").then().statusCode(404);
        as(other.token()).when().post(application + "/resubmit").then().statusCode(404);
        as(other.token()).when().post(application + "/withdraw").then().statusCode(404);
        as(other.token()).when().post(application + "/payment").then().statusCode(404);
        as(other.token()).when().get(application + "/payment").then().statusCode(404);
        as(other.token()).when().get(application + "/timeline").then().statusCode(404);
        as(other.token()).when().get(application + "/documents").then().statusCode(404);
        as(other.token()).when().get(application + "/documents/" + documentId).then().statusCode(404);
        as(other.token()).multiPart("file", "x.pdf", SampleFiles.pdf()).queryParam("type", "TRAFFIC_MANAGEMENT_PLAN")
                .when().post(application + "/documents").then().statusCode(404);
        as(other.token()).when().get(API + "/applications").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // and the owner still has it, untouched
        as(owner.token()).when().get(application).then().statusCode(200).body("status", is("DRAFT"));
    }

    @Test
    void anotherBusinessGets404OnEveryLicenceRoute() {
        String licenceId = Licensing.grantedStreetWorks(owner, "Owner's permit", List.of());
        as(other.token()).when().get(API + "/licences/" + licenceId).then().statusCode(404);
        as(other.token()).when().post(API + "/licences/" + licenceId + "/surrender").then().statusCode(404);
        as(other.token()).when().get(API + "/licences").then().statusCode(200)
                .body("items.id", not(hasItem(licenceId)));
        as(owner.token()).when().get(API + "/licences/" + licenceId).then().statusCode(200)
                .body("status", is("ACTIVE"));
    }

    @Test
    void aBusinessGets403OnOfficerRoutes() {
        String id = Licensing.submittedStreetWorks(owner, "Owner's submitted works");
        String application = API + "/applications/" + id;
        as(owner.token()).contentType(ContentType.JSON).body(Map.of("officer", "me"))
                .when().post(application + "/assign").then().statusCode(403).contentType("application/problem+json");
        as(owner.token()).contentType(ContentType.JSON).body(Map.of("message", "x"))
                .when().post(application + "/request-information").then().statusCode(403);
        as(owner.token()).when().post(application + "/validate").then().statusCode(403);
        as(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("from", "me", "category", "PUBLIC", "grounds", "none"))
                .when().post(application + "/representations").then().statusCode(403);
        as(owner.token()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("outcome", "GRANT"))
                .when().post(application + "/decision").then().statusCode(403);
        String licenceId = Licensing.grantedStreetWorks(owner, "Owner's licence", List.of());
        for (String action : List.of("suspend", "reinstate", "revoke")) {
            as(owner.token()).contentType(ContentType.JSON).body(Map.of("reason", "because"))
                    .when().post(API + "/licences/" + licenceId + "/" + action).then().statusCode(403);
        }
    }

    @Test
    void officersCannotActForTheApplicantAndOtherRolesSeeNothing() {
        String id = Licensing.draft(owner, "STREET_WORKS_PERMIT", Licensing.premises("Owner's draft"),
                Licensing.streetWorks());
        as(Licensing.officer()).when().post(API + "/applications/" + id + "/submit").then().statusCode(403);
        as(Licensing.officer()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "STREET_WORKS_PERMIT", "kind", "NEW"))
                .when().post(API + "/applications").then().statusCode(403);
        as(TestTokens.buyer("Birmingham City Council")).when().get(API + "/applications").then().statusCode(403);
        as(TestTokens.admin()).when().get(API + "/licences").then().statusCode(403);
    }

    @Test
    void withoutAValidTokenIt401s() {
        given().when().get(API + "/applications").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("licenceTypeCode", "HMO_LICENCE", "kind", "NEW"))
                .when().post(API + "/applications").then().statusCode(401);
        given().when().get(API + "/licences/" + UUID.randomUUID()).then().statusCode(401);
        as(TestTokens.expired(owner.id())).when().get(API + "/applications").then().statusCode(401);
        // the catalogue and the register are public
        given().when().get(API + "/register").then().statusCode(200);
        given().when().get(API + "/licence-types").then().statusCode(200);
    }
}
