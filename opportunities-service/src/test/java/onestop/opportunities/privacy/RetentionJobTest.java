package onestop.opportunities.privacy;

import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/**
 * The privacy notice's 6 years after the contract ends: the responses to a notice whose contract ended more than
 * 6 years ago lose what the supplier wrote; a contract ended 5 years ago, and one without an end date, keep it.
 */
@OpportunitiesTest
class RetentionJobTest {

    @Inject
    EntityManager em;

    @Inject
    RetentionJob job;

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Test
    void responsesLoseTheirContentSixYearsAfterTheContractEnds() {
        String old = awardedResponse();
        String recent = awardedResponse();
        String noEnd = awardedResponse();
        contractEnded(old, "6 years 1 day");
        contractEnded(recent, "5 years");

        assertThat(job.run()).isGreaterThanOrEqualTo(1);

        Object[] erased = row(old);
        assertThat(erased[0]).isEqualTo(RetentionJob.ERASED);
        assertThat(erased[1]).isEqualTo("[]");
        assertThat(erased[2]).isNotNull();
        assertThat(((Number) erased[3]).longValue()).isEqualTo(100_000L);
        for (String kept : new String[] { recent, noEnd }) {
            Object[] row = row(kept);
            assertThat(row[0].toString()).contains("Jane Doe");
            assertThat(row[2]).isNull();
        }
        assertThat(job.run()).isZero();
    }

    private String awardedResponse() {
        String supplier = TestTokens.business(UUID.randomUUID());
        as(supplier).body(Map.of("name", "Retained " + Api.word() + " Ltd", "size", "SMALL", "vcse", false,
                "charterSignatory", true)).put("/api/opportunities/suppliers/me").then().statusCode(200);
        UUID notice = Api.published(council, Api.notice("Retention mowing " + Api.word()));
        String response = PersonalDataReadTest.respond(supplier, notice);
        Api.deadlinePasses(council, OPPORTUNITIES + "/" + notice);
        as(council).body(Map.of("responseId", response, "valuePence", 100_000))
                .post(OPPORTUNITIES + "/" + notice + "/award").then().statusCode(200);
        return response;
    }

    private void contractEnded(String responseId, String ago) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                update opportunity set contract_end_on = cast(current_date - cast(?2 as interval) as date)
                where id = (select opportunity_id from supplier_response where id = cast(?1 as uuid))""")
                .setParameter(1, responseId).setParameter(2, ago).executeUpdate());
    }

    private Object[] row(String responseId) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select summary, cast(commitments as text), personal_data_erased_at, price_pence
                from supplier_response where id = cast(?1 as uuid)""").setParameter(1, responseId).getSingleResult());
    }
}
