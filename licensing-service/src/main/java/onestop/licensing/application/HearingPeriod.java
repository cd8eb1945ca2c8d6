package onestop.licensing.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The statutory periods of a hearing on one type and kind of application, from the {@code hearing_period}
 * table: within how many working days after the consultation it must begin, how many working days' notice the
 * parties get, and how many days there are to appeal the decision. Types with none have no hearing.
 */
public record HearingPeriod(int hearingWithinWorkingDays, int noticeWorkingDays, int appealDays, String authority) {

    /** Reads the periods of the catalogue. */
    @ApplicationScoped
    public static class Catalogue {

        @Inject
        EntityManager em;

        public Optional<HearingPeriod> of(Application application) {
            List<?> rows = em.createNativeQuery("select hearing_within_working_days, notice_working_days, appeal_days,"
                    + " authority from hearing_period where licence_type_code = ?1 and kind = ?2")
                    .setParameter(1, application.licenceTypeCode).setParameter(2, application.kind.name())
                    .getResultList();
            return rows.stream().findFirst().map(row -> {
                Object[] r = (Object[]) row;
                return new HearingPeriod(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(), (String) r[3]);
            });
        }
    }
}
