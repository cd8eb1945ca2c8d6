package onestop.opportunities.document;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.specification.RequestSpecification;
import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.api.DocumentAdded;
import onestop.opportunities.api.DocumentRemoved;
import onestop.platform.testing.SampleFiles;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;

/** A buyer's tender pack: attached to a notice, read by suppliers once it is published. */
@OpportunitiesTest
class NoticeDocumentsTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final String council = TestTokens.buyer("Birmingham City Council");
    private final UUID supplierId = UUID.randomUUID();
    private final String supplier = TestTokens.business(supplierId);

    @Test
    void theBuyerAttachesListsDownloadsAndRemovesDocumentsOfItsDraft() {
        UUID id = Api.draft(council, Api.notice("Library refit " + Api.word()));
        String documents = OPPORTUNITIES + "/" + id + "/documents";

        var created = upload(council, "specification.pdf", SampleFiles.pdf(), "application/pdf").post(documents)
                .then().statusCode(201).header("Location", containsString(documents + "/"))
                .body("name", is("specification.pdf")).body("mediaType", is("application/pdf"))
                .body("sizeBytes", is(SampleFiles.pdf().length)).body("uploadedAt", notNullValue())
                .extract();
        String documentId = created.path("id");
        assertThat(created.header("Location")).endsWith((String) created.path("href"));

        given().auth().oauth2(council).get(documents).then().statusCode(200).body("$", hasSize(1))
                .body("[0].id", is(documentId));
        given().auth().oauth2(council).get(OPPORTUNITIES + "/" + id).then().statusCode(200)
                .body("documents", hasSize(1)).body("documents[0].name", is("specification.pdf"))
                .body("documents[0].href", is(documents + "/" + documentId));
        byte[] file = given().auth().oauth2(council).get(documents + "/" + documentId).then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"specification.pdf\"")
                .extract().asByteArray();
        assertThat(file).isEqualTo(SampleFiles.pdf());

        given().auth().oauth2(council).delete(documents + "/" + documentId).then().statusCode(204);
        given().auth().oauth2(council).get(documents).then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(council).get(documents + "/" + documentId).then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void tenderPacksMayBeOfficeDocumentsJudgedByTheirContent() {
        UUID id = Api.draft(council, Api.notice("Leisure centre " + Api.word()));
        String documents = OPPORTUNITIES + "/" + id + "/documents";
        upload(council, "pack.docx", SampleFiles.docx(), "application/octet-stream").post(documents).then()
                .statusCode(201).body("mediaType", is(DOCX));
        upload(council, "prices.xlsx", SampleFiles.xlsx(), "application/octet-stream").post(documents).then()
                .statusCode(201).body("mediaType", is("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        upload(council, "terms.odt", SampleFiles.odt(), "application/octet-stream").post(documents).then()
                .statusCode(201).body("mediaType", is("application/vnd.oasis.opendocument.text"));
        upload(council, "rates.ods", SampleFiles.ods(), "application/octet-stream").post(documents).then()
                .statusCode(201).body("mediaType", is("application/vnd.oasis.opendocument.spreadsheet"));
        upload(council, "site.png", SampleFiles.png(), "image/png").post(documents).then().statusCode(201);
    }

    @Test
    void suppliersAndThePublicReadThePublishedNoticesDocumentsAndHearOfNewOnes() throws Exception {
        UUID id = Api.draft(council, Api.notice("Canal towpath " + Api.word()));
        String documents = OPPORTUNITIES + "/" + id + "/documents";
        String first = upload(council, "scope.pdf", SampleFiles.pdf(), "application/pdf").post(documents).then()
                .statusCode(201).extract().path("id");
        given().get(documents + "/" + first).then().statusCode(404).contentType(PROBLEM);

        given().auth().oauth2(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);
        assertThat(given().get(documents + "/" + first).then().statusCode(200).extract().asByteArray())
                .isEqualTo(SampleFiles.pdf());
        given().auth().oauth2(supplier).get(documents + "/" + first).then().statusCode(200);
        given().get(documents).then().statusCode(200).body("$", hasSize(1));
        Api.supplierProfile(supplier, "Towpath Trimmers Ltd");
        String response = OPPORTUNITIES + "/" + id + "/responses/" + Api.as(supplier).body(Map.of("summary",
                "Two crews", "pricePence", 120_000)).post(OPPORTUNITIES + "/" + id + "/responses").then()
                .statusCode(201).extract().path("id");

        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            String second = upload(council, "addendum.docx", SampleFiles.docx(), DOCX).post(documents).then()
                    .statusCode(201).extract().path("id");
            ConsumerRecord<String, String> added = topic.await(1, r -> id.toString().equals(r.key())
                    && "onestop.opportunities.opportunity.document-added".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(15)).get(0);
            assertThat(added.value()).contains(second).contains("addendum.docx").contains(documents + "/" + second);
            // those who responded may want to amend: the event names them
            assertThat(JSON.readValue(added.value(), DocumentAdded.class).respondentBusinessIds())
                    .containsExactly(supplierId);
            // the documents are part of what the tender answers: it waits for its supplier to confirm or amend
            Api.as(supplier).get(response).then().statusCode(200).body("confirmationNeededSince", notNullValue());
            Api.as(supplier).post(response + "/confirm").then().statusCode(200)
                    .body("confirmationNeededSince", nullValue());

            given().auth().oauth2(council).delete(documents + "/" + second).then().statusCode(204);
            ConsumerRecord<String, String> removed = topic.await(1, r -> id.toString().equals(r.key())
                    && "onestop.opportunities.opportunity.document-removed".equals(TopicReader.header(r, "ce_type"))
                    && r.value().contains(second), Duration.ofSeconds(15)).get(0);
            assertThat(JSON.readValue(removed.value(), DocumentRemoved.class).respondentBusinessIds())
                    .containsExactly(supplierId);
            Api.as(supplier).get(response).then().statusCode(200).body("confirmationNeededSince", notNullValue());
        }
        given().get(OPPORTUNITIES + "/" + id).then().statusCode(200).body("documents", hasSize(1))
                .body("documents[0].id", is(first)).body("documents[0].href", endsWith(first));

        // once the notice has closed, its documents are what suppliers responded to
        Api.deadlinePasses(council, OPPORTUNITIES + "/" + id);
        upload(council, "late.pdf", SampleFiles.pdf(), "application/pdf").post(documents).then().statusCode(409)
                .contentType(PROBLEM);
        given().auth().oauth2(council).delete(documents + "/" + first).then().statusCode(409).contentType(PROBLEM);
        given().get(documents + "/" + first).then().statusCode(200);
    }

    @Test
    void onlyTheOwningBuyerTouchesADraftsDocuments() {
        UUID id = Api.draft(council, Api.notice("Allotments " + Api.word()));
        String documents = OPPORTUNITIES + "/" + id + "/documents";
        String documentId = upload(council, "plan.pdf", SampleFiles.pdf(), "application/pdf").post(documents).then()
                .statusCode(201).extract().path("id");
        String sandwell = TestTokens.buyer("Sandwell Council");

        given().auth().oauth2(sandwell).get(documents + "/" + documentId).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(sandwell).get(documents).then().statusCode(404).contentType(PROBLEM);
        upload(sandwell, "mine.pdf", SampleFiles.pdf(), "application/pdf").post(documents).then().statusCode(404)
                .contentType(PROBLEM);
        given().auth().oauth2(sandwell).delete(documents + "/" + documentId).then().statusCode(404);
        given().auth().oauth2(supplier).get(documents + "/" + documentId).then().statusCode(404);
        upload(supplier, "mine.pdf", SampleFiles.pdf(), "application/pdf").post(documents).then().statusCode(403)
                .contentType(PROBLEM);
        given().multiPart("file", "mine.pdf", SampleFiles.pdf(), "application/pdf").post(documents).then()
                .statusCode(401).contentType(PROBLEM);

        // a published notice's documents are public, but still only its buyer changes them
        given().auth().oauth2(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);
        given().auth().oauth2(sandwell).get(documents + "/" + documentId).then().statusCode(200);
        given().auth().oauth2(sandwell).delete(documents + "/" + documentId).then().statusCode(404);
        given().auth().oauth2(council).get(documents).then().body("$", hasSize(1));
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefused() {
        UUID id = Api.draft(council, Api.notice("Street lights " + Api.word()));
        String documents = OPPORTUNITIES + "/" + id + "/documents";
        upload(council, "specification.pdf", SampleFiles.text(), "application/pdf").post(documents).then()
                .statusCode(415).contentType(PROBLEM)
                .body("detail", containsString("PDF, PNG, JPEG, DOCX, XLSX, ODT and ODS"));
        upload(council, "macros.docx", SampleFiles.docm(), DOCX).post(documents).then().statusCode(415)
                .contentType(PROBLEM);
        upload(council, "setup.pdf", SampleFiles.exe(), "application/pdf").post(documents).then().statusCode(415);
        given().auth().oauth2(council).get(documents).then().body("$", hasSize(0));
    }

    @Test
    void aDocumentOver10MegabytesIsTooLarge() {
        UUID id = Api.draft(council, Api.notice("Depot " + Api.word()));
        String documents = OPPORTUNITIES + "/" + id + "/documents";
        byte[] big = Arrays.copyOf(SampleFiles.pdf(), 10 * 1024 * 1024 + 1);
        upload(council, "drawings.pdf", big, "application/pdf").post(documents).then().statusCode(413)
                .contentType(PROBLEM);
        given().auth().oauth2(council).get(documents).then().body("$", hasSize(0));
    }

    @Test
    void anUploadNeedsAFilePart() {
        UUID id = Api.draft(council, Api.notice("Markets " + Api.word()));
        given().auth().oauth2(council).multiPart("other", "plan.pdf", SampleFiles.pdf())
                .post(OPPORTUNITIES + "/" + id + "/documents").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("file"));
        given().auth().oauth2(council).contentType("application/json").body(Map.of("file", "x"))
                .post(OPPORTUNITIES + "/" + id + "/documents").then().statusCode(415).contentType(PROBLEM);
    }

    private static RequestSpecification upload(String token, String name, byte[] content, String mediaType) {
        return given().auth().oauth2(token).multiPart("file", name, content, mediaType);
    }
}
