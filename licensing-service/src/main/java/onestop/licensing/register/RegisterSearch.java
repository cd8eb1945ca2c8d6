package onestop.licensing.register;

import java.sql.Timestamp;
import java.time.Instant;
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

import onestop.licensing.api.RegisterEntry;
import onestop.licensing.licence.Licence;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/**
 * Searches current licences (ACTIVE, SUSPENDED) by text, type and postcode prefix, ordered by licence
 * number. Every filter has a partial index over current licences (V3__licences.sql); only register
 * columns are read.
 */
@ApplicationScoped
public class RegisterSearch {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private static final String SELECT = """
            select l.id, l.number, l.licence_type_code, t.name, l.holder_name, l.premises_name,
                   l.premises_address_line1, l.premises_town, l.premises_postcode, l.status, l.issued_at,
                   l.expires_at, cast(l.conditions as text)
            from licence l join licence_type t on t.code = l.licence_type_code""";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The register's filters, each optional. */
    public record Filter(String q, String licenceTypeCode, String postcodePrefix) {
    }

    /** One current licence as the register shows it; empty if there is none or it is no longer current. */
    public Optional<RegisterEntry> get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where l.status in ('ACTIVE', 'SUSPENDED') and l.id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(this::entry);
    }

    public PageView<RegisterEntry> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where l.status in ('ACTIVE', 'SUSPENDED')");
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null) {
            where.append(" and l.search @@ websearch_to_tsquery('simple', :q)");
            params.put("q", filter.q());
        }
        if (filter.licenceTypeCode() != null) {
            where.append(" and l.licence_type_code = :type");
            params.put("type", filter.licenceTypeCode());
        }
        if (filter.postcodePrefix() != null) {
            where.append(" and l.postcode_key like :postcode");
            params.put("postcode", Licence.postcodeKey(filter.postcodePrefix()).replace("%", "").replace("_", "")
                    + "%");
        }
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

    private RegisterEntry entry(Object[] row) {
        return new RegisterEntry((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                new RegisterEntry.Premises((String) row[5], (String) row[6], (String) row[7], (String) row[8]),
                (String) row[9], instant(row[10]), instant(row[11]), strings((String) row[12]));
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
