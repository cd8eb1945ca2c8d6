package onestop.opportunities.privacy;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.TestClock;
import onestop.platform.audit.PersonalDataReads;
import onestop.platform.testing.TestTokens;

/** A buyer's reads of responses are logged once each with who, what, when and route; a supplier's own are not. */
@OpportunitiesTest
class PersonalDataReadTest {

    private static final String EXPORT = "/api/opportunities/audit/personal-data-reads";

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Test
    void aBuyersReadsOfResponsesAreLoggedAndTheSuppliersOwnAreNot() {
        String acme = TestTokens.business(UUID.randomUUID());
        String rival = TestTokens.business(UUID.randomUUID());
        profile(acme, "Acme Audit Ltd");
        profile(rival, "Rival Audit CIC");
        UUID notice = Api.published(council, Api.notice("Audited mowing " + Api.word()));
        String acmeResponse = respond(acme, notice);
        String rivalResponse = respond(rival, notice);
        as(acme).get(OPPORTUNITIES + "/" + notice + "/responses/" + acmeResponse).then().statusCode(200);
        as(acme).get(OPPORTUNITIES + "/" + notice + "/responses").then().statusCode(200);
        assertThat(rows(acmeResponse)).isEmpty();

        Api.deadlinePasses(council, OPPORTUNITIES + "/" + notice);
        as(council).get(OPPORTUNITIES + "/" + notice + "/responses/" + acmeResponse).then().statusCode(200);

        List<Object[]> rows = rows(acmeResponse);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[1]).isEqualTo("buyer");
        assertThat(rows.get(0)[2]).isEqualTo("response");
        assertThat(rows.get(0)[3]).isEqualTo("GET " + OPPORTUNITIES + "/" + notice + "/responses/" + acmeResponse);
        assertThat(rows.get(0)[0].toString()).startsWith("buyer-");
        assertThat(rows(rivalResponse)).isEmpty();

        as(council).get(OPPORTUNITIES + "/" + notice + "/responses").then().statusCode(200);
        assertThat(rows(acmeResponse)).hasSize(2);
        assertThat(rows(rivalResponse)).singleElement().satisfies(row -> assertThat(row[3])
                .isEqualTo("GET " + OPPORTUNITIES + "/" + notice + "/responses"));

        String today = LocalDate.ofInstant(clock.instant(), PersonalDataReads.ZONE).toString();
        String csv = as(TestTokens.admin()).queryParam("from", today).queryParam("to", today).get(EXPORT)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("readAt,readerId,readerRole,kind,id,route\r\n");
        assertThat(csv.lines().filter(line -> line.contains("," + rivalResponse + ",")).toList()).singleElement()
                .asString().contains(",buyer,response," + rivalResponse + ",GET " + OPPORTUNITIES);
        String lastYear = as(TestTokens.admin()).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get(EXPORT).then().statusCode(200).extract().asString();
        assertThat(lastYear).doesNotContain(rivalResponse);
    }

    @Test
    void onlyAnAdminExports() {
        as(council).get(EXPORT).then().statusCode(403);
        as(TestTokens.business(UUID.randomUUID())).get(EXPORT).then().statusCode(403);
        given().get(EXPORT).then().statusCode(401);
        as(TestTokens.admin()).queryParam("to", "31/12/2026").get(EXPORT).then().statusCode(400);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String subjectId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select reader_id, reader_role, subject_kind, route from personal_data_read
                where subject_id = cast(?1 as uuid) order by id""").setParameter(1, subjectId).getResultList());
    }

    private static void profile(String token, String name) {
        as(token).body(Map.of("name", name, "size", "SMALL", "vcse", false, "charterSignatory", true))
                .put("/api/opportunities/suppliers/me").then().statusCode(200);
    }

    static String respond(String token, UUID notice) {
        return as(token).body(Map.of("summary", "We can do this, ask Jane Doe on 0121 000 0000.", "pricePence", 100_000))
                .post(OPPORTUNITIES + "/" + notice + "/responses").then().statusCode(201).extract().path("id");
    }
}
