package onestop.licensing.privacy;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.platform.audit.PersonalDataReads;
import onestop.platform.audit.PersonalDataReadsCleanupJob;
import onestop.platform.testing.TestTokens;

/** An officer's reads of an application's personal data are logged once each, the owner's are not, and the log exports. */
@LicensingTest
class PersonalDataReadTest {

    @Inject
    EntityManager em;

    @Inject
    PersonalDataReadsCleanupJob cleanup;

    private final Business business = Business.create();

    @Test
    void anOfficersReadOfAnApplicationIsLoggedOnceWithWhoWhatWhenAndRoute() {
        String id = Licensing.submittedStreetWorks(business, "Audited works");
        String subject = "officer-" + UUID.randomUUID() + "@onestop.local";
        Instant before = Instant.now();

        as(TestTokens.officer(subject)).when().get(API + "/applications/" + id).then().statusCode(200);

        List<Object[]> rows = rows(id);
        assertThat(rows).hasSize(1);
        Object[] row = rows.get(0);
        assertThat(row[0]).isEqualTo(subject);
        assertThat(row[1]).isEqualTo("licensing-officer");
        assertThat(row[2]).isEqualTo("application");
        assertThat(row[3]).isEqualTo("GET /api/licensing/applications/" + id);
        assertThat(instant(row[4])).isBetween(before.minusSeconds(1), Instant.now());
    }

    @Test
    void theBusinessReadingItsOwnApplicationIsNotAStaffRead() {
        String id = Licensing.submittedStreetWorks(business, "Own works");
        as(business.token()).when().get(API + "/applications/" + id).then().statusCode(200);
        as(business.token()).when().get(API + "/applications/" + id + "/documents").then().statusCode(200);
        assertThat(rows(id)).isEmpty();
    }

    @Test
    void anOfficersReadsOfTheDocumentsAreLoggedAndAnotherPartysMissingOneIsNot() {
        String id = Licensing.submittedStreetWorks(business, "Documented works");
        String officer = TestTokens.officer("officer-docs-" + UUID.randomUUID());
        String documentId = as(officer).when().get(API + "/applications/" + id + "/documents")
                .then().statusCode(200).extract().path("[0].id");
        as(officer).when().get(API + "/applications/" + id + "/documents/" + documentId).then().statusCode(200);
        as(officer).when().get(API + "/applications/" + id + "/documents/" + UUID.randomUUID()).then().statusCode(404);

        assertThat(rows(id)).extracting(r -> r[2]).containsExactly("application-documents");
        assertThat(rows(documentId)).extracting(r -> r[2]).containsExactly("application-document");
    }

    @Test
    void anOfficersReadsOfTheTimelineAndTheRepresentationsAreLoggedAndTheApplicantsAreNot() {
        String id = Licensing.submittedStreetWorks(business, "Timeline works");
        String officer = TestTokens.officer("officer-timeline-" + UUID.randomUUID());
        as(officer).when().get(API + "/applications/" + id + "/timeline").then().statusCode(200);
        as(officer).when().get(API + "/applications/" + id + "/representations").then().statusCode(200);
        as(business.token()).when().get(API + "/applications/" + id + "/timeline").then().statusCode(200);
        as(business.token()).when().get(API + "/applications/" + id + "/representations").then().statusCode(200);

        assertThat(rows(id)).extracting(r -> r[2], r -> r[3]).containsExactly(
                tuple("application-timeline", "GET /api/licensing/applications/" + id + "/timeline"),
                tuple("application-representations", "GET /api/licensing/applications/" + id + "/representations"));
    }

    @Test
    void theAdminExportsTheLogAsCsvByDate() {
        String id = Licensing.submittedStreetWorks(business, "Exported works");
        String subject = "officer-export-" + UUID.randomUUID();
        as(TestTokens.officer(subject)).when().get(API + "/applications/" + id).then().statusCode(200);
        as(TestTokens.officer(subject)).when().get(API + "/applications/" + id).then().statusCode(200);
        // one of the two reads was long ago
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update personal_data_read set read_at = '2026-01-10T12:00:00Z'
                where id = (select min(id) from personal_data_read where subject_id = cast(?1 as uuid))""")
                .setParameter(1, id).executeUpdate());
        String today = LocalDate.now(PersonalDataReads.ZONE).toString();

        String csv = as(TestTokens.admin()).queryParam("from", today).queryParam("to", today)
                .when().get(API + "/audit/personal-data-reads")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("readAt,readerId,readerRole,kind,id,route\r\n");
        assertThat(csv.lines().filter(line -> line.contains(id)).toList()).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("," + subject + ",licensing-officer,application," + id
                        + ",GET /api/licensing/applications/" + id));

        String january = as(TestTokens.admin()).queryParam("from", "2026-01-10").queryParam("to", "2026-01-10")
                .when().get(API + "/audit/personal-data-reads").then().statusCode(200).extract().asString();
        assertThat(january.lines().filter(line -> line.contains(id)).toList()).hasSize(1)
                .allSatisfy(line -> assertThat(line).startsWith("2026-01-10T12:00:00Z," + subject + ","));
        String february = as(TestTokens.admin()).queryParam("from", "2026-02-01").queryParam("to", "2026-02-28")
                .when().get(API + "/audit/personal-data-reads").then().statusCode(200).extract().asString();
        assertThat(february).doesNotContain(id);
    }

    @Test
    void onlyAnAdminExportsAndBadDatesAreNamed() {
        as(Licensing.officer()).when().get(API + "/audit/personal-data-reads").then().statusCode(403);
        as(business.token()).when().get(API + "/audit/personal-data-reads").then().statusCode(403);
        io.restassured.RestAssured.when().get(API + "/audit/personal-data-reads").then().statusCode(401);
        as(TestTokens.admin()).queryParam("from", "yesterday").when().get(API + "/audit/personal-data-reads")
                .then().statusCode(400).body("errors.field", hasItem("from"))
                .body("errors.find { it.field == 'from' }.code", is("not-a-date"));
        as(TestTokens.admin()).queryParam("from", "2026-03-02").queryParam("to", "2026-03-01")
                .when().get(API + "/audit/personal-data-reads").then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void theLogKeepsAReadTwoYearsAsTheNoticeSays() {
        String id = Licensing.submittedStreetWorks(business, "Long ago works");
        String officer = TestTokens.officer("officer-old-" + UUID.randomUUID());
        as(officer).when().get(API + "/applications/" + id).then().statusCode(200);
        as(officer).when().get(API + "/applications/" + id).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update personal_data_read set read_at = case when id = (select min(id) from personal_data_read
                    where subject_id = cast(?1 as uuid)) then now() - interval '2 years 1 day'
                    else now() - interval '1 year 11 months' end
                where subject_id = cast(?1 as uuid)""").setParameter(1, id).executeUpdate());

        assertThat(cleanup.run()).isGreaterThanOrEqualTo(1);
        assertThat(rows(id)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select reader_id, reader_role, subject_kind, route, read_at from personal_data_read
                where subject_id = cast(?1 as uuid) order by id""").setParameter(1, subjectId).getResultList());
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant()
                : value instanceof java.time.OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
