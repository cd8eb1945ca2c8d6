package onestop.licensing.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;

/**
 * The privacy notice's 6 years: a licence ended more than 6 years ago, and the application behind it, lose their
 * personal fields and documents; one ended 5 years ago keeps them; the anonymous record stays.
 */
@LicensingTest
class RetentionJobTest {

    @Inject
    EntityManager em;

    @Inject
    RetentionJob job;

    private final Business business = Business.create();

    @Test
    void sixYearsAfterALicenceEndsItsPersonalDataGoesAndTheRecordStays() {
        String old = Licensing.grantedStreetWorks(business, "Old works", List.of());
        String recent = Licensing.grantedStreetWorks(business, "Recent works", List.of());
        String refused = Licensing.submittedStreetWorks(business, "Refused works");
        ended(old, "6 years 1 day");
        ended(recent, "5 years");
        sql("update application set status = 'REFUSED', outcome = 'REFUSE', reasons = 'Mr Smith objected',"
                + " decided_at = now() - interval '7 years' where id = cast(?1 as uuid)", refused);

        assertThat(job.run()).isGreaterThanOrEqualTo(3);

        Object[] oldLicence = row("select holder_name, premises_name, premises_postcode, number, licence_type_code,"
                + " personal_data_erased_at from licence where id = cast(?1 as uuid)", old);
        assertThat(oldLicence[0]).isEqualTo(RetentionJob.ERASED_HOLDER);
        assertThat(oldLicence[1]).isNull();
        assertThat(oldLicence[2]).isNull();
        assertThat(oldLicence[3]).isNotNull();
        assertThat(oldLicence[4]).isEqualTo("STREET_WORKS_PERMIT");
        assertThat(oldLicence[5]).isNotNull();
        String oldApplication = applicationOf(old);
        Object[] application = row("select holder_name, premises_name, cast(details as text), status, reference"
                + " from application where id = cast(?1 as uuid)", oldApplication);
        assertThat(application[0]).isNull();
        assertThat(application[1]).isNull();
        assertThat(application[2]).isEqualTo("{}");
        assertThat(application[3]).isEqualTo("GRANTED");
        assertThat(application[4]).isNotNull();
        assertThat(documents(oldApplication)).isZero();

        Object[] refusedApplication = row("select holder_name, reasons, outcome from application"
                + " where id = cast(?1 as uuid)", refused);
        assertThat(refusedApplication[0]).isNull();
        assertThat(refusedApplication[1]).isNull();
        assertThat(refusedApplication[2]).isEqualTo("REFUSE");
        assertThat(documents(refused)).isZero();

        Object[] kept = row("select holder_name, premises_name, personal_data_erased_at from licence"
                + " where id = cast(?1 as uuid)", recent);
        assertThat(kept[0]).isEqualTo("Recent works Ltd");
        assertThat(kept[1]).isEqualTo("Recent works");
        assertThat(kept[2]).isNull();
        String recentApplication = applicationOf(recent);
        assertThat(row("select holder_name, 1 from application where id = cast(?1 as uuid)", recentApplication)[0])
                .isEqualTo("Recent works Ltd");
        assertThat(documents(recentApplication)).isEqualTo(1);

        assertThat(job.run()).isZero();
    }

    @Test
    void theNamesAndAddressesOfThoseWhoMadeRepresentationsGoWithTheApplicationsAndUnconfirmedOnesAWeekAfterTheirLink() {
        String old = Licensing.submittedStreetWorks(business, "Objected works");
        String recent = Licensing.submittedStreetWorks(business, "Objected recent works");
        for (String application : List.of(old, recent)) {
            sql("insert into representation (id, application_id, from_name, category, grounds, recorded_at, recorded_by,"
                    + " email, address) values (gen_random_uuid(), cast(?1 as uuid), 'Pat Neighbour', 'PUBLIC',"
                    + " 'Noise at night', now(), 'public', 'pat@example.org', '1 Quiet Lane, B1 1AA')", application);
            sql("insert into representation (id, application_id, from_name, category, grounds, recorded_at, recorded_by,"
                    + " authority) values (gen_random_uuid(), cast(?1 as uuid), 'West Midlands Police',"
                    + " 'RESPONSIBLE_AUTHORITY', 'Crime', now(), 'police@onestop.local', 'police')", application);
        }
        sql("update application set status = 'REFUSED', outcome = 'REFUSE', decided_at = now() - interval '6 years 1 day'"
                + " where id = cast(?1 as uuid)", old);
        UUID lapsed = UUID.randomUUID();
        UUID live = UUID.randomUUID();
        pending(lapsed, recent, "8 days");  // its link stopped working 8 days ago
        pending(live, recent, "-6 days");   // its link works for 6 more days

        job.run();

        Object[] erased = row("select from_name, email, address, grounds from representation"
                + " where application_id = cast(?1 as uuid) and category = 'PUBLIC'", old);
        assertThat(erased).containsExactly(RetentionJob.ERASED_MAKER, null, null, "Noise at night");
        assertThat(row("select from_name, authority from representation where application_id = cast(?1 as uuid)"
                + " and category = 'RESPONSIBLE_AUTHORITY'", old)).containsExactly("West Midlands Police", "police");
        assertThat(row("select from_name, email from representation where application_id = cast(?1 as uuid)"
                + " and category = 'PUBLIC'", recent)).containsExactly("Pat Neighbour", "pat@example.org");
        assertThat(row("select count(*), 1 from pending_representation where id = ?1", lapsed)[0]).isEqualTo(0L);
        assertThat(row("select count(*), 1 from pending_representation where id = ?1", live)[0]).isEqualTo(1L);
    }

    private void pending(UUID id, String applicationId, String expiredAgo) {
        sql("insert into pending_representation (id, application_id, from_name, email, address, objectives, grounds,"
                + " token_hash, made_at, expires_at) values (?1, cast(?2 as uuid), 'Sam Resident', 'sam@example.org',"
                + " '2 Quiet Lane, B1 1AA', '[]', 'Parking', ?3, now(), now() - cast(?4 as interval))",
                id, applicationId, UUID.randomUUID().toString(), expiredAgo);
    }

    private void ended(String licenceId, String ago) {
        sql("update licence set status = 'EXPIRED', updated_at = now() - cast(?2 as interval) where id = cast(?1 as uuid)",
                licenceId, ago);
        sql("update application set decided_at = now() - cast(?2 as interval) where issued_licence_id = cast(?1 as uuid)",
                licenceId, ago);
    }

    private String applicationOf(String licenceId) {
        return row("select cast(application_id as text), 1 from licence where id = cast(?1 as uuid)", licenceId)[0]
                .toString();
    }

    private long documents(String applicationId) {
        return ((Number) row("select count(*), 1 from application_document where application_id = cast(?1 as uuid)",
                applicationId)[0]).longValue();
    }

    private void sql(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private Object[] row(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(
                () -> (Object[]) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult());
    }
}
