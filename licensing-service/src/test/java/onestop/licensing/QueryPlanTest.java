package onestop.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

/**
 * The officer queue, a business's list, the register and the jobs can each be answered from an index.
 * The test tables are tiny, so sequential scans are switched off to ask PostgreSQL which index it would
 * use; the plans are quoted in the README.
 */
@LicensingTest
class QueryPlanTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void theOfficerQueueIsServedByItsIndexes() {
        assertThat(plan("select * from application where status <> 'DRAFT' order by due_date, id limit 20"))
                .contains("application_queue");
        assertThat(plan("select * from application where status = 'SUBMITTED' order by due_date, id limit 20"))
                .contains("application_queue_by_status");
        assertThat(plan("select * from application where status <> 'DRAFT' and licence_type_code = 'HMO_LICENCE'"
                + " order by due_date, id limit 20")).contains("application_queue_by_type");
        assertThat(plan("select * from application where assigned_to = 'officer@onestop.local'"
                + " order by due_date, id limit 20")).contains("application_queue_by_officer");
        assertThat(plan("select * from application where status in ('SUBMITTED', 'IN_CONSULTATION', 'UNDER_REVIEW')"
                + " and due_date < current_date order by due_date, id limit 20")).contains("Index");
        assertThat(plan("select * from application where status <> 'DRAFT'"
                + " and search @@ websearch_to_tsquery('simple', 'crown') order by due_date, id limit 20"))
                .contains("application_search");
    }

    @Test
    @Transactional
    void aBusinessListIsServedByItsIndex() {
        assertThat(plan("select * from application where business_id = '00000000-0000-0000-0000-000000000001'"
                + " order by created_at desc, id limit 20")).contains("application_by_business");
        assertThat(plan("select * from licence where business_id = '00000000-0000-0000-0000-000000000001'"
                + " order by issued_at desc, id limit 20")).contains("licence_by_business");
    }

    @Test
    @Transactional
    void theRegisterIsServedByItsIndexes() {
        // every licence is on the register, whatever its status (V7)
        assertThat(plan("select * from licence order by number limit 20")).contains("register_by_number");
        assertThat(plan("select * from licence where licence_type_code = 'PREMISES_LICENCE'"
                + " order by number limit 20")).contains("register_by_type");
        assertThat(plan("select * from licence where status = 'SURRENDERED' order by number limit 20"))
                .contains("register_by_status");
        assertThat(plan("select * from licence where register_shows = 'PREMISES_AND_HOLDER'"
                + " and postcode_key like 'B18%' order by number limit 20")).contains("register_by_postcode");
        assertThat(plan("select * from licence where register_search @@ websearch_to_tsquery('simple', 'crown')"
                + " order by number limit 20")).contains("register_search");
        assertThat(plan("select * from licence where issued_at >= now() - interval '30 days'"
                + " order by number limit 20")).contains("Index").doesNotContain("Seq Scan");
    }

    @Test
    @Transactional
    void theJobsFindTheirWorkByIndex() {
        assertThat(plan("select id from licence where status in ('ACTIVE', 'SUSPENDED') and expires_at is not null"
                + " and expires_at <= now() order by expires_at, id limit 100")).contains("licence_expiring");
    }

    @Test
    @Transactional
    void thePublicConsultationsAndAreaAlertsAreServedByTheirIndexes() {
        String open = "status = 'IN_CONSULTATION' and consultation_ends_at > now()";
        assertThat(plan("select * from application where " + open + " order by consultation_ends_at, id limit 20"))
                .contains("consultation_open");
        assertThat(plan("select * from application where " + open + " and premises_outward = 'B1'"
                + " and premises_sector = '1' order by consultation_ends_at, id limit 20"))
                .contains("Index").doesNotContain("Seq Scan");
        assertThat(plan("select * from area_alert where confirmed_at is not null and unsubscribed_at is null"
                + " and outward = 'B1' and (sector is null or sector = '1')")).contains("area_alert_active");
    }

    private String plan(String sql) {
        em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> lines = em.createNativeQuery("explain " + sql).getResultList();
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
