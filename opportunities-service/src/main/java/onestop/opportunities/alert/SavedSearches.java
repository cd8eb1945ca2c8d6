package onestop.opportunities.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.api.SavedSearchRequest;
import onestop.opportunities.api.SavedSearchView;
import onestop.opportunities.api.SearchParams;
import onestop.opportunities.search.SearchCriteria;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/**
 * A business's saved searches. Each is stored twice: the parameters as given (to show and re-run), and
 * the checked criteria in columns ({@code query} as a ready {@code tsquery}) so that {@link AlertMatcher}
 * can test all of them against a new notice in one statement.
 */
@ApplicationScoped
public class SavedSearches {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional
    public SavedSearchView save(UUID businessId, SavedSearchRequest request) {
        SearchCriteria c = SearchCriteria.from(request.search());
        refuseCascadeFilters(c);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String params = write(request.search());
        em.createNativeQuery("""
                insert into saved_search (id, business_id, name, params, query, cpv_prefixes, min_value_pence,
                    max_value_pence, include_unvalued, sme_suitable, vcse_suitable, location, postcode_prefix,
                    buyer_key, types, created_at)
                values (?1, ?2, ?3, cast(?4 as jsonb), case when ?5 = '' then null else websearch_to_tsquery('english', ?5) end,
                    cast(?6 as text[]), ?7, ?8, ?9, ?10, ?11, ?12, ?13, lower(?14), cast(?15 as text[]), ?16)
                """)
                .setParameter(1, id).setParameter(2, businessId).setParameter(3, request.name().strip())
                .setParameter(4, params).setParameter(5, c.q() == null ? "" : c.q())
                .setParameter(6, c.cpvPrefixes().isEmpty() ? null : arrayLiteral(c.cpvPrefixes()))
                .setParameter(7, c.minValuePence()).setParameter(8, c.maxValuePence())
                .setParameter(9, c.includeUnvalued()).setParameter(10, c.smeSuitable())
                .setParameter(11, c.vcseSuitable())
                .setParameter(12, c.location() == null ? null : "%" + escapeLike(c.location()) + "%")
                .setParameter(13, c.postcode() == null ? null : escapeLike(c.postcode()) + "%")
                .setParameter(14, c.buyer())
                .setParameter(15, c.types().isEmpty() ? null : arrayLiteral(c.types().stream().map(Enum::name).toList()))
                .setParameter(16, Timestamp.from(now))
                .executeUpdate();
        return new SavedSearchView(id, request.name().strip(), read(params), now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PageView<SavedSearchView> list(UUID businessId, PageRequest paging) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, name, cast(params as text), created_at, count(*) over () from saved_search
                where business_id = ?1 order by created_at desc limit ?2 offset ?3
                """).setParameter(1, businessId).setParameter(2, paging.size()).setParameter(3, paging.offset())
                .getResultList();
        List<SavedSearchView> items = rows.stream().map(r -> new SavedSearchView((UUID) r[0], (String) r[1],
                read((String) r[2]), instant(r[3]))).toList();
        return new PageView<>(items, paging.page(), paging.size(), rows.isEmpty() ? 0 : ((Number) rows.get(0)[4]).longValue());
    }

    @Transactional
    public void delete(UUID businessId, UUID id) {
        int deleted = em.createNativeQuery("delete from saved_search where id = ?1 and business_id = ?2")
                .setParameter(1, id).setParameter(2, businessId).executeUpdate();
        if (deleted == 0) {
            throw new NotFound("There is no saved search " + id + " of yours.");
        }
    }

    /**
     * Alerts match new notices in SQL on the saved columns, which have no parent or programme: such a search is
     * refused rather than saved to alert on everything.
     */
    private static void refuseCascadeFilters(SearchCriteria c) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        if (c.parent() != null) {
            errors.add(new Problem.FieldError("parent", FieldCodes.NOT_ALLOWED, "alerts cannot filter by contract"));
        }
        if (c.programme() != null) {
            errors.add(new Problem.FieldError("programme", FieldCodes.NOT_ALLOWED,
                    "alerts cannot filter by programme"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("This search cannot be saved as an alert.", errors);
        }
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static String arrayLiteral(List<String> values) {
        // values are digits or enum names: nothing to quote
        return "{" + String.join(",", values) + "}";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private SearchParams read(String text) {
        try {
            return json.readValue(text, SearchParams.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
