package onestop.licensing.register;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.RegisterEntry;
import onestop.licensing.api.RegisterShows;
import onestop.licensing.licence.Licence;
import onestop.platform.web.Cursor;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;
import onestop.platform.time.WorkingDayCalendar;

/**
 * Searches the register: every licence, whatever its status (ACTIVE, SUSPENDED, EXPIRED, SURRENDERED, REVOKED),
 * by text, type, status, postcode prefix and date of issue, ordered by licence number. What a row shows, and
 * what it can be found by, is its type's {@code register_shows} (copied onto the licence): a licence of an
 * individual gives no name nor address, and text and postcode searches never reach them (V7__register_of_every_
 * licence.sql, which also gives every filter an index). Temporary event notices are not licences here: when they
 * are kept apart, their register rows are added by their own search beside this one.
 */
@ApplicationScoped
public class RegisterSearch {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private static final String SELECT = """
            select l.id, l.number, l.licence_type_code, t.name, l.register_shows, l.holder_name, l.premises_name,
                   l.premises_address_line1, l.premises_town, l.premises_postcode, l.status, l.issued_at,
                   l.expires_at, cast(l.conditions as text)
            from licence l join licence_type t on t.code = l.licence_type_code""";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The register's filters, each optional; the dates are days in Europe/London, both included. */
    public record Filter(String q, String licenceTypeCode, String postcodePrefix, LicenceStatus status,
            LocalDate issuedFrom, LocalDate issuedTo) {
    }

    /** One licence as the register shows it; empty if there is none. */
    public Optional<RegisterEntry> get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where l.id = :id").setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(this::entry);
    }

    public PageView<RegisterEntry> find(Filter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Query select = em.createNativeQuery(SELECT + where + " order by l.number")
                .setFirstResult(page.offset()).setMaxResults(page.size());
        Query count = em.createNativeQuery("select count(*) from licence l" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return new PageView<>(rows.stream().map(this::entry).toList(), page.page(), page.size(),
                ((Number) count.getSingleResult()).longValue());
    }

    /**
     * The next {@code size} rows the filter matches after {@code cursor} (from the first if null), in the order
     * they were issued: a licence is issued once, at the time it is, so paging on never misses or repeats one
     * while others are issued, suspended or expire ({@link Cursor}); {@code total} is every row the filter matches.
     */
    public PageView<RegisterEntry> after(Filter filter, Cursor cursor, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        Query count = em.createNativeQuery("select count(*) from licence l" + where);
        params.forEach(count::setParameter);
        if (cursor != null) {
            where += " and (l.issued_at > :afterAt or (l.issued_at = :afterAt and l.id > :afterId))";
            params.put("afterAt", cursor.at());
            try {
                params.put("afterId", UUID.fromString(cursor.id()));
            } catch (IllegalArgumentException e) {
                throw Cursor.invalid();
            }
        }
        Query select = em.createNativeQuery(SELECT + where + " order by l.issued_at, l.id").setMaxResults(size);
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return new PageView<>(rows.stream().map(this::entry).toList(), 0, size,
                ((Number) count.getSingleResult()).longValue());
    }

    /** Every row the filter matches, for a download, in the order of the pages. */
    public List<RegisterEntry> all(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        Query select = em.createNativeQuery(SELECT + where(filter, params) + " order by l.number");
        params.forEach(select::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return rows.stream().map(this::entry).toList();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.q() != null) {
            where.append(" and l.register_search @@ websearch_to_tsquery('simple', :q)");
            params.put("q", filter.q());
        }
        if (filter.licenceTypeCode() != null) {
            where.append(" and l.licence_type_code = :type");
            params.put("type", filter.licenceTypeCode());
        }
        if (filter.status() != null) {
            where.append(" and l.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.postcodePrefix() != null) {
            // the addresses of individuals are not searchable (nor, since V5, asked for)
            where.append(" and l.register_shows = 'PREMISES_AND_HOLDER' and l.postcode_key like :postcode");
            params.put("postcode", Licence.postcodeKey(filter.postcodePrefix()).replace("%", "").replace("_", "")
                    + "%");
        }
        if (filter.issuedFrom() != null) {
            where.append(" and l.issued_at >= :issuedFrom");
            params.put("issuedFrom", filter.issuedFrom().atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        }
        if (filter.issuedTo() != null) {
            where.append(" and l.issued_at < :issuedTo");
            params.put("issuedTo", filter.issuedTo().plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE)
                    .toInstant());
        }
        return where.toString();
    }

    private RegisterEntry entry(Object[] row) {
        RegisterShows shows = RegisterShows.valueOf((String) row[4]);
        boolean shown = shows == RegisterShows.PREMISES_AND_HOLDER;
        return new RegisterEntry((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], shows,
                shown ? (String) row[5] : null,
                shown ? new RegisterEntry.Premises((String) row[6], (String) row[7], (String) row[8],
                        (String) row[9]) : null,
                (String) row[10], instant(row[11]), instant(row[12]), shown ? strings((String) row[13]) : null);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private List<String> strings(String array) {
        try {
            return json.readValue(array, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable conditions column", e);
        }
    }
}
