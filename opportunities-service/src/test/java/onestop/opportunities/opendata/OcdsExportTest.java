package onestop.opportunities.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.SampleFiles;
import onestop.platform.testing.TestTokens;

/** The OCDS export is valid against the official OCDS 1.1.5 schema (a local copy of it). */
@OpportunitiesTest
class OcdsExportTest {

    private static final String OFFICIAL = "https://standard.open-contracting.org/schema/1__1__5/";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theReleasePackageIsValidOcds() throws Exception {
        given().auth().oauth2(TestTokens.admin()).post("/api/opportunities/admin/import").then().statusCode(200);
        Api.published(TestTokens.buyer("Birmingham City Council"), Api.notice("Lamp posts " + Api.word()));
        String body = given().get("/api/opportunities/ocds/releases").then().statusCode(200)
                .contentType("application/json").extract().asString();
        JsonNode pkg = json.readTree(body);
        assertThat(pkg.path("releases").size()).isGreaterThan(100);
        Set<ValidationMessage> errors = schema().validate(pkg);
        assertThat(errors).isEmpty();
        boolean hasAward = false;
        for (JsonNode release : pkg.path("releases")) {
            hasAward |= release.path("tag").path(0).asText().equals("award");
        }
        assertThat(hasAward).isTrue();
    }

    @Test
    void theBuyerContactIsTheBuyerPartysContactPoint() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> body = Api.notice("Tree surgery " + Api.word());
        body.put("contact", Map.of("name", "Parks procurement", "email", "parks@birmingham.gov.uk",
                "telephone", "0121 303 4444"));
        UUID id = Api.published(TestTokens.buyer("Birmingham City Council"), body);
        String reference = given().get("/api/opportunities/opportunities/" + id).then().extract().path("reference");
        JsonNode pkg = json.readTree(given().get("/api/opportunities/ocds/releases?since=" + before).then()
                .statusCode(200).extract().asString());
        assertThat(schema().validate(pkg)).isEmpty();
        JsonNode release = null;
        for (JsonNode r : pkg.path("releases")) {
            if (r.path("ocid").asText().equals("ocds-onestop-" + reference)) {
                release = r;
            }
        }
        assertThat(release).isNotNull();
        JsonNode buyer = release.path("parties").get(0);
        assertThat(buyer.path("roles").get(0).asText()).isEqualTo("buyer");
        assertThat(buyer.path("contactPoint").path("name").asText()).isEqualTo("Parks procurement");
        assertThat(buyer.path("contactPoint").path("email").asText()).isEqualTo("parks@birmingham.gov.uk");
        assertThat(buyer.path("contactPoint").path("telephone").asText()).isEqualTo("0121 303 4444");
    }

    @Test
    void aNoticesDocumentsAreLinkedFromItsReleaseAndADocumentAddedIsAChange() throws Exception {
        String council = TestTokens.buyer("Birmingham City Council");
        UUID id = Api.published(council, Api.notice("Playground " + Api.word()));
        String reference = given().get("/api/opportunities/opportunities/" + id).then().extract().path("reference");
        Instant before = Instant.now().minusSeconds(1);
        String documentId = given().auth().oauth2(council).multiPart("file", "pack.docx", SampleFiles.docx())
                .post("/api/opportunities/opportunities/" + id + "/documents").then().statusCode(201)
                .extract().path("id");
        JsonNode pkg = json.readTree(given().get("/api/opportunities/ocds/releases?since=" + before).then()
                .statusCode(200).extract().asString());
        assertThat(schema().validate(pkg)).isEmpty();
        JsonNode release = null;
        for (JsonNode r : pkg.path("releases")) {
            if (r.path("ocid").asText().equals("ocds-onestop-" + reference)) {
                release = r;
            }
        }
        assertThat(release).as("the notice's release, changed by the upload").isNotNull();
        JsonNode documents = release.path("tender").path("documents");
        assertThat(documents.get(0).path("noticeType").asText()).as("the tender notice itself").isEqualTo("UK4");
        JsonNode document = documents.get(1);
        assertThat(document.path("id").asText()).isEqualTo(documentId);
        assertThat(document.path("title").asText()).isEqualTo("pack.docx");
        assertThat(document.path("url").asText())
                .endsWith("/api/opportunities/opportunities/" + id + "/documents/" + documentId);
        assertThat(document.path("format").asText()).startsWith("application/vnd.openxmlformats");
    }

    @Test
    void theBulkDownloadIsOneValidPackageOfExactlyTheFeedsReleases() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String buyer = TestTokens.buyer("Birmingham City Council");
        UUID closed = Api.published(buyer, Api.notice("Bulk " + Api.word()));
        Api.published(buyer, Api.notice("Bulk " + Api.word(), java.time.Duration.ofDays(60)));
        Api.deadlinePasses(buyer, Api.OPPORTUNITIES + "/" + closed);

        io.restassured.response.ExtractableResponse<io.restassured.response.Response> download = given()
                .get("/api/opportunities/ocds/releases.json?since=" + before).then().statusCode(200)
                .contentType("application/json").header("Content-Disposition", "attachment; filename=\"releases.json\"")
                .extract();
        JsonNode bulk = json.readTree(download.asString());
        assertThat(schema().validate(bulk)).isEmpty();
        JsonNode feed = json.readTree(given().get("/api/opportunities/ocds/releases?since=" + before).then()
                .statusCode(200).extract().asString());
        assertThat(bulk.path("releases").size()).as("the two notices published").isGreaterThanOrEqualTo(2);
        assertThat(bulk.path("releases")).containsExactlyElementsOf(feed.path("releases"));
        assertThat(bulk.path("license").asText()).isEqualTo(feed.path("license").asText());

        JsonNode everything = json.readTree(given().get("/api/opportunities/ocds/releases.json").then().statusCode(200)
                .extract().asString());
        assertThat(everything.path("releases").size()).isGreaterThanOrEqualTo(bulk.path("releases").size());
        // since a time after every release (the tests move the service's clock years on at most)
        given().get("/api/opportunities/ocds/releases.json?since=2100-01-01T00:00:00Z").then().statusCode(204);
        given().get("/api/opportunities/ocds/releases.json?since=soon").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.is("since"));
    }

    @Test
    void sinceLeavesOutWhatHasNotChanged() {
        given().get("/api/opportunities/ocds/releases?since=2100-01-01T00:00:00Z").then().statusCode(204);
        given().get("/api/opportunities/ocds/releases?since=yesterday").then().statusCode(400);
    }

    private static JsonSchema schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(OFFICIAL, "classpath:ocds/")));
        return factory.getSchema(SchemaLocation.of(OFFICIAL + "release-package-schema.json"));
    }
}
