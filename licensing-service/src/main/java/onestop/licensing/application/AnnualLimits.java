package onestop.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.licensing.catalogue.TemporaryEventLimit;
import onestop.platform.problem.Problem;
import onestop.platform.time.WorkingDayCalendar;

/**
 * The annual limits on temporary event notices (Licensing Act 2003 s.107): per premises a number of notices
 * and of event days, per person a number of notices and of late ones, each for every calendar year the event
 * touches. Notices withdrawn in time do not count (s.103, {@link TemporaryEvent#withdrawnAt}); every other notice
 * given does, as s.107 counts notices "given". The premises are the same address line and postcode; the person is the business account.
 */
@ApplicationScoped
public class AnnualLimits {

    public static final String PREMISES_NOTICES = "ten-limit-premises-notices";
    public static final String PREMISES_DAYS = "ten-limit-premises-days";
    public static final String PERSON_NOTICES = "ten-limit-person-notices";
    public static final String PERSON_LATE_NOTICES = "ten-limit-person-late-notices";

    @Inject
    EntityManager em;

    /** Every limit {@code notice} would exceed (empty when none); the caller has not saved it yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Problem.FieldError> exceeded(TemporaryEvent notice, boolean personalLicenceHolder) {
        // one notice at a time per premises and per person, so two given at once cannot both take the last place
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:premises)), pg_advisory_xact_lock(hashtext(:person))")
                .setParameter("premises", "ten-premises:" + notice.premisesKey)
                .setParameter("person", "ten-person:" + notice.businessId).getResultList();
        TreeSet<Integer> years = TemporaryEvent.days(notice.eventStart, notice.eventEnd).map(LocalDate::getYear)
                .collect(Collectors.toCollection(TreeSet::new));
        List<TemporaryEvent> given = em.createQuery("""
                select e from TemporaryEvent e
                where e.withdrawnAt is null and (e.premisesKey = :premises or e.businessId = :person)
                  and e.eventStart < :to and e.eventEnd > :from""", TemporaryEvent.class)
                .setParameter("premises", notice.premisesKey).setParameter("person", notice.businessId)
                .setParameter("from", startOf(years.first())).setParameter("to", startOf(years.last() + 1))
                .getResultList();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int year : years) {
            check(year, notice, personalLicenceHolder, given, errors);
        }
        return errors;
    }

    private static void check(int year, TemporaryEvent notice, boolean holder, List<TemporaryEvent> given,
            List<Problem.FieldError> errors) {
        TemporaryEventLimit limit = TemporaryEventLimit.forYear(year);
        List<TemporaryEvent> atPremises = given.stream()
                .filter(e -> e.premisesKey.equals(notice.premisesKey) && touches(e, year)).toList();
        List<TemporaryEvent> byPerson = given.stream()
                .filter(e -> e.businessId.equals(notice.businessId) && touches(e, year)).toList();
        if (atPremises.size() >= limit.premisesNotices) {
            errors.add(error(PREMISES_NOTICES, "s.107(4): " + atPremises.size() + " temporary event notices have "
                    + "already been given for these premises for events in " + year + "; the limit is "
                    + limit.premisesNotices + " a year"));
        }
        long days = Stream.concat(atPremises.stream(), Stream.of(notice))
                .flatMap(e -> TemporaryEvent.days(e.eventStart, e.eventEnd)).filter(d -> d.getYear() == year)
                .distinct().count();
        if (days > limit.premisesDays) {
            errors.add(error(PREMISES_DAYS, "s.107(5): with this event, temporary events would take place at these "
                    + "premises on " + days + " days in " + year + "; the limit is " + limit.premisesDays + " days a year"));
        }
        if (byPerson.size() >= limit.personNotices(holder)) {
            errors.add(error(PERSON_NOTICES, (holder ? "s.107(2)" : "s.107(3)") + ": you have already given "
                    + byPerson.size() + " temporary event notices for events in " + year + "; the limit is "
                    + limit.personNotices(holder) + " a year" + (holder ? " for a personal licence holder" : "")));
        }
        long late = byPerson.stream().filter(e -> e.late).count();
        if (notice.late && late >= limit.personLateNotices(holder)) {
            errors.add(error(PERSON_LATE_NOTICES, (holder ? "s.107(2)(b)" : "s.107(3)(b)") + ": you have already "
                    + "given " + late + " late temporary event notices for events in " + year + "; the limit is "
                    + limit.personLateNotices(holder) + " late notices a year"
                    + (holder ? " for a personal licence holder" : "")));
        }
    }

    private static boolean touches(TemporaryEvent e, int year) {
        return e.eventStart.isBefore(startOf(year + 1)) && e.eventEnd.isAfter(startOf(year));
    }

    private static Instant startOf(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
    }

    private static Problem.FieldError error(String code, String message) {
        return new Problem.FieldError("details.eventStart", code, message);
    }
}
