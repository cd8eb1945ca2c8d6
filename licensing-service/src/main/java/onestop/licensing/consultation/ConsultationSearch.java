package onestop.licensing.consultation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.licensing.api.ConsultationView;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/**
 * Applications under consultation as the public sees them: only types whose premises may be published
 * ({@code licence_type.premises_public}), only the premises and what is applied for, never the applicant.
 * Indexed by {@code consultation_open} and {@code consultation_by_area} (V8).
 */
@ApplicationScoped
public class ConsultationSearch {

    private static final String FROM = " from application a join licence_type t on t.code = a.licence_type_code"
            + " where a.status = 'IN_CONSULTATION' and t.premises_public";

    private static final String SELECT = """
            select a.id, a.reference, a.licence_type_code, t.name, a.premises_name, a.premises_address_line1,
                   a.premises_town, a.premises_postcode, cast(a.details as text), a.consultation_ends_at""" + FROM;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The list's filters, each optional. */
    public record Filter(PostcodeArea area, String licenceTypeCode) {
    }

    /** Consultations still open for representations at {@code now}, the soonest ending first. */
    public PageView<ConsultationView> open(Filter filter, Instant now, PageRequest page) {
        StringBuilder where = new StringBuilder(" and a.consultation_ends_at > :now");
        Map<String, Object> params = new HashMap<>();
        params.put("now", now);
        if (filter.area() != null) {
            where.append(" and a.premises_outward = :outward");
            params.put("outward", filter.area().outward());
            if (filter.area().sector() != null) {
                where.append(" and a.premises_sector = :sector");
                params.put("sector", filter.area().sector());
            }
        }
        if (filter.licenceTypeCode() != null) {
            where.append(" and a.licence_type_code = :type");
            params.put("type", filter.licenceTypeCode());
        }
        Query select = em.createNativeQuery(SELECT + where + " order by a.consultation_ends_at, a.id")
                .setFirstResult(page.offset()).setMaxResults(page.size());
        Query count = em.createNativeQuery("select count(*)" + FROM + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageView<>(rows.stream().map(this::view).toList(), page.page(), page.size(), total);
    }

    /** One application under consultation (also once its consultation has ended, until it is decided). */
    public Optional<ConsultationView> get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " and a.id = :id").setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(this::view);
    }

    private ConsultationView view(Object[] row) {
        JsonNode details = read((String) row[8]);
        List<String> activities = new ArrayList<>();
        details.path("licensableActivities").forEach(a -> activities.add(a.asText()));
        List<ConsultationView.OpeningHours> hours = new ArrayList<>();
        details.path("openingHours").forEach(h -> hours.add(new ConsultationView.OpeningHours(h.path("day").asText(),
                h.path("opens").asText(), h.path("closes").asText())));
        Integer capacity = details.path("capacity").isInt() ? details.path("capacity").asInt() : null;
        return new ConsultationView((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                new ConsultationView.Premises((String) row[4], (String) row[5], (String) row[6], (String) row[7]),
                activities, hours, capacity, instant(row[9]));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text == null ? "{}" : text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable details JSON in the database", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
