package onestop.licensing.licence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import onestop.licensing.api.LicenceStatus;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/** The licence lists: a holder's own, or all for officers, newest first; indexes in V3__licences.sql. */
@ApplicationScoped
public class LicenceSearch {

    @Inject
    EntityManager em;

    /** The filters of {@code GET /licences}; {@code expiringBefore} keeps current licences expiring by then. */
    public record Filter(UUID businessId, LicenceStatus status, String licenceTypeCode, Instant expiringBefore) {
    }

    public PageView<Licence> find(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.businessId() != null) {
            where.append(" and l.businessId = :business");
            params.put("business", filter.businessId());
        }
        if (filter.status() != null) {
            where.append(" and l.status = :status");
            params.put("status", filter.status());
        }
        if (filter.licenceTypeCode() != null) {
            where.append(" and l.licenceTypeCode = :type");
            params.put("type", filter.licenceTypeCode());
        }
        String order = " order by l.issuedAt desc, l.id";
        if (filter.expiringBefore() != null) {
            where.append(" and l.status in :current and l.expiresAt is not null and l.expiresAt <= :before");
            params.put("current", LicenceStatus.CURRENT);
            params.put("before", filter.expiringBefore());
            order = " order by l.expiresAt, l.id";
        }
        TypedQuery<Licence> select = em.createQuery("select l from Licence l" + where + order, Licence.class)
                .setFirstResult(page.offset()).setMaxResults(page.size());
        TypedQuery<Long> count = em.createQuery("select count(l) from Licence l" + where, Long.class);
        params.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Licence> items = select.getResultList();
        return new PageView<>(items, page.page(), page.size(), count.getSingleResult());
    }
}
