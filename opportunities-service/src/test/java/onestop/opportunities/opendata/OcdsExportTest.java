package onestop.opportunities.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

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
    void sinceLeavesOutWhatHasNotChanged() {
        given().get("/api/opportunities/ocds/releases?since=" + Instant.now().plusSeconds(3600)).then().statusCode(204);
        given().get("/api/opportunities/ocds/releases?since=yesterday").then().statusCode(400);
    }

    private static JsonSchema schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(OFFICIAL, "classpath:ocds/")));
        return factory.getSchema(SchemaLocation.of(OFFICIAL + "release-package-schema.json"));
    }
}
