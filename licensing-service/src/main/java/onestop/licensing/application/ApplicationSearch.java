package onestop.licensing.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import onestop.licensing.api.ApplicationStatus;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/**
 * The application lists: a business's own, newest first; the officers' queue (no drafts), by due date.
 * Each filter is served by an index of V2__applications.sql; one query for the page, one for the total.
 */
@ApplicationScoped
public class ApplicationSearch {

    @Inject
    EntityManager em;

    /** The filters of {@code GET /applications}; {@code businessId} set means "only this business's". */
    public record Filter(UUID businessId, ApplicationStatus status, String licenceTypeCode, String assignedTo,
            boolean overdue, String q, LocalDate today) {
    }

    public PageView<Application> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.businessId() != null) {
            where.append(" and business_id = :business");
            params.put("business", filter.businessId());
        } else if (filter.status() == null) {
            where.append(" and status <> 'DRAFT'");
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.licenceTypeCode() != null) {
            where.append(" and licence_type_code = :type");
            params.put("type", filter.licenceTypeCode());
        }
        if (filter.assignedTo() != null) {
            where.append(" and assigned_to = :assignedTo");
            params.put("assignedTo", filter.assignedTo());
        }
        if (filter.overdue()) {
            where.append(" and status in ('SUBMITTED', 'IN_CONSULTATION', 'UNDER_REVIEW') and due_date < :today");
            params.put("today", filter.today());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and search @@ websearch_to_tsquery('simple', :q)");
            params.put("q", filter.q());
        }
        String order = filter.businessId() != null ? " order by created_at desc, id" : " order by due_date, id";
        Query select = em.createNativeQuery("select * from application" + where + order, Application.class)
                .setFirstResult(page.offset()).setMaxResults(page.size());
        Query count = em.createNativeQuery("select count(*) from application" + where);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Application> items = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageView<>(items, page.page(), page.size(), total);
    }
}
