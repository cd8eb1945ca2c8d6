package onestop.licensing.privacy;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.platform.testing.SampleFiles;

/** GET /api/licensing/me/data: a business's own data and documents, and nothing of another business's. */
@LicensingTest
class SubjectDataTest {

    private final Business mine = Business.create();
    private final Business theirs = Business.create();

    @Test
    void aBusinessGetsItsApplicationsTimelinesAndDocumentsAndNothingOfAnotherBusiness() throws IOException {
        String own = Licensing.submittedStreetWorks(mine, "Export own works");
        String other = Licensing.submittedStreetWorks(theirs, "Export other works");
        byte[] plan = SampleFiles.pdf();
        String draft = Licensing.draft(mine, "HMO_LICENCE", Licensing.premises("Export own house"), Map.of());
        Licensing.upload(mine, draft, "GAS_SAFETY_CERTIFICATE", plan, "gas-safety.pdf");
        String theirDraft = Licensing.draft(theirs, "HMO_LICENCE", Licensing.premises("Export other house"), Map.of());
        Licensing.upload(theirs, theirDraft, "GAS_SAFETY_CERTIFICATE", SampleFiles.pdf(), "their-plan.pdf");

        Map<String, byte[]> zip = unzip(as(mine.token()).when().get(API + "/me/data")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray());

        JsonNode data = new ObjectMapper().readTree(zip.get("data.json"));
        assertThat(data.path("applications").findValuesAsText("id")).containsExactlyInAnyOrder(own, draft);
        assertThat(data.path("applications").findValuesAsText("business_id")).containsOnly(mine.id().toString());
        assertThat(data.path("documents").findValuesAsText("original_name")).contains("gas-safety.pdf");
        assertThat(data.path("documents").findValuesAsText("application_id")).containsOnly(own, draft);
        assertThat(data.path("timeline").findValuesAsText("application_id")).contains(own).doesNotContain(other);
        assertThat(data.path("documents").get(0).has("stored_name")).isFalse();
        assertThat(new String(zip.get("data.json"), StandardCharsets.UTF_8))
                .doesNotContain(theirs.id().toString(), other, theirDraft, "Export other", "their-plan.pdf");
        List<String> files = zip.keySet().stream().filter(name -> name.startsWith("documents/")).toList();
        assertThat(files).hasSize(data.path("documents").size())
                .allMatch(name -> name.startsWith("documents/" + own + "/") || name.startsWith("documents/" + draft + "/"));
        String gasSafety = files.stream().filter(name -> name.endsWith("-gas-safety.pdf")).findFirst().orElseThrow();
        assertThat(gasSafety).startsWith("documents/" + draft + "/");
        assertThat(zip.get(gasSafety)).isEqualTo(plan);
    }

    @Test
    void onlyABusinessMayAskAndABusinessWithNothingGetsEmptySections() throws IOException {
        as(Licensing.officer()).when().get(API + "/me/data").then().statusCode(403);
        Map<String, byte[]> zip = unzip(as(Business.create().token()).when().get(API + "/me/data")
                .then().statusCode(200).extract().asByteArray());
        JsonNode data = new ObjectMapper().readTree(zip.get("data.json"));
        assertThat(data.path("applications").isArray()).isTrue();
        assertThat(data.path("applications")).isEmpty();
        assertThat(zip.keySet()).containsExactly("data.json");
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
