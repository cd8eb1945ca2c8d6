package onestop.system;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The subject access export (UK GDPR art. 15, issue 19; ADR 0013): two businesses each apply for a licence with a
 * document, respond to a notice and ask a clarification question; the first asks for a copy of its data. The ZIP
 * holds all of the first's data and its document, nothing of the second's; the emailed link works for the first,
 * signed in, and is "Page not found" for anyone else, as is the API's download.
 */
class DataExportIT {

    private static final Pattern EXPORT_LINK =
            Pattern.compile("https?://[^\\s]+?(/account/your-data/[0-9a-f-]+/download)");

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    /** What a business did, to look for in an export. */
    record Activity(Api.Business business, String name, String application, String draft, byte[] document,
            String question, String summary) {
    }

    @Test
    void theExportOfABusinessHoldsAllOfItsDataAndNothingOfAnotherBusiness() throws Exception {
        String buyer = Api.staffToken(system, "buyer");
        String notice = publishedNotice(buyer);
        Activity mine = act("Export Mine", notice);
        Activity theirs = act("Export Theirs", notice);

        String exportId = as(mine.business().token()).when().post("/api/me/data-export").then().statusCode(202)
                .body("state", equalTo("REQUESTED")).extract().path("id");
        Awaitility.await("the export is put together").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> as(mine.business().token())
                        .when().get("/api/me/data-export/" + exportId).then().statusCode(200)
                        .body("state", equalTo("READY")));

        Response download = as(mine.business().token()).when().get("/api/me/data-export/" + exportId + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/zip");
        Map<String, byte[]> zip = unzip(download.asByteArray());
        assertThat(zip).containsKeys("README.txt", "gateway/data.json", "licensing/data.json",
                "opportunities/data.json");
        String gateway = text(zip, "gateway/data.json");
        String licensing = text(zip, "licensing/data.json");
        String opportunities = text(zip, "opportunities/data.json");
        assertThat(gateway).contains(mine.business().email(), mine.name(), mine.business().businessId().toString());
        assertThat(licensing).contains(mine.application(), mine.draft(), "proof-" + mine.name().length() + ".pdf");
        assertThat(opportunities).contains(mine.question(), mine.summary(), mine.name());
        List<byte[]> files = zip.entrySet().stream().filter(e -> e.getKey().startsWith("licensing/documents/"))
                .map(Map.Entry::getValue).toList();
        assertThat(files).anySatisfy(file -> assertThat(file).isEqualTo(mine.document()));
        assertThat(files).noneSatisfy(file -> assertThat(file).isEqualTo(theirs.document()));
        for (Map.Entry<String, byte[]> entry : zip.entrySet()) {
            String content = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
            assertThat(content).as(entry.getKey()).doesNotContain(theirs.business().email(),
                    theirs.business().businessId().toString(), theirs.name(), theirs.application(), theirs.draft(),
                    theirs.question(), theirs.summary());
        }

        // another business never reaches it, through the API or through the emailed link
        as(theirs.business().token()).when().get("/api/me/data-export/" + exportId + "/download")
                .then().statusCode(404).contentType("application/problem+json");
        as(theirs.business().token()).when().get("/api/me/data-export/" + exportId).then().statusCode(404);
        String link = emailedLink(mine.business().email());
        assertThat(link).isEqualTo("/account/your-data/" + exportId + "/download");
        FormBrowser owner = FormBrowser.signedIn(mine.business().email(), Api.PASSWORD);
        owner.get("/account/your-data");
        assertThat(owner.page()).contains("Your data", "Ready", link);
        Response viaLink = owner.get(link);
        assertThat(viaLink.statusCode()).isEqualTo(200);
        assertThat(viaLink.header("Content-Disposition")).startsWith("attachment");
        assertThat(viaLink.asByteArray()).isEqualTo(download.asByteArray());
        FormBrowser other = FormBrowser.signedIn(theirs.business().email(), Api.PASSWORD);
        assertThat(other.get(link).statusCode()).isEqualTo(404);
        assertThat(new FormBrowser().get(link).statusCode()).as("not signed in: sent to sign in").isEqualTo(303);
    }

    private static Activity act(String label, String notice) {
        String name = label + " " + UUID.randomUUID().toString().substring(0, 8);
        Api.Business business = Api.registerBusiness(name);
        String application = Api.submitPrivateHireDriverApplication(business);
        String draft = as(business.token()).contentType(ContentType.JSON).body(Map.of("licenceTypeCode",
                "PRIVATE_HIRE_DRIVER", "kind", "NEW", "holderName", name, "details", Map.of()))
                .when().post(Api.LICENSING + "/applications").then().statusCode(201).extract().path("id");
        byte[] document = ("%PDF-1.4\n% " + name + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        as(business.token()).multiPart("file", "proof-" + name.length() + ".pdf", document, "application/pdf")
                .queryParam("type", "DBS_CERTIFICATE")
                .when().post(Api.LICENSING + "/applications/" + draft + "/documents").then().statusCode(201);
        as(business.token()).contentType(ContentType.JSON).body(Map.of("name", name, "size", "MICRO",
                "vcse", false, "postcode", "B6 4AA", "charterSignatory", false, "description", "Taxis"))
                .when().put(Api.OPPORTUNITIES + "/suppliers/me").then().statusCode(200);
        String question = name + ": are wheelchair vehicles needed?";
        as(business.token()).contentType(ContentType.JSON).body(Map.of("question", question))
                .when().post(Api.OPPORTUNITIES + "/opportunities/" + notice + "/questions").then().statusCode(201);
        String summary = name + ": two licensed vehicles.";
        as(business.token()).contentType(ContentType.JSON).body(Map.of("summary", summary, "pricePence", 1_500_000))
                .when().post(Api.OPPORTUNITIES + "/opportunities/" + notice + "/responses").then().statusCode(201);
        return new Activity(business, name, application, draft, document, question, summary);
    }

    private static String publishedNotice(String buyer) {
        String notice = as(buyer).contentType(ContentType.JSON).body(Map.of(
                "title", "Export test transport", "description", "Home to school transport for two routes.",
                "type", "QUOTE", "cpvCodes", List.of("60130000-8"), "valueMaxPence", 2_000_000,
                "closingAt", Instant.now().plus(2, ChronoUnit.DAYS).toString()))
                .when().post(Api.OPPORTUNITIES + "/opportunities").then().statusCode(201).extract().path("id");
        as(buyer).when().post(Api.OPPORTUNITIES + "/opportunities/" + notice + "/publish").then().statusCode(200);
        return notice;
    }

    private static String emailedLink(String email) {
        String[] found = new String[1];
        Awaitility.await("the export's link mailed to " + email).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> system.mailbox().to(email).stream()
                        .map(mail -> EXPORT_LINK.matcher(mail.body()))
                        .filter(Matcher::find).map(m -> found[0] = m.group(1)).findFirst().isPresent());
        return found[0];
    }

    private static String text(Map<String, byte[]> zip, String entry) {
        return new String(zip.get(entry), StandardCharsets.UTF_8);
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
