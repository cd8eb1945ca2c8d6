package onestop.opportunities.alert;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.AlertView;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/** A business's alerts, newest first. */
@ApplicationScoped
public class Alerts {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PageView<AlertView> of(UUID businessId, PageRequest paging) {
        List<Object[]> rows = em.createNativeQuery("""
                select a.id, a.saved_search_id, s.name, o.id, o.reference, o.title, o.buyer, o.closing_at,
                       a.raised_at, count(*) over (), a.matched_interests
                from alert a join opportunity o on o.id = a.opportunity_id
                left join saved_search s on s.id = a.saved_search_id
                where a.business_id = ?1 order by a.raised_at desc, a.id limit ?2 offset ?3
                """).setParameter(1, businessId).setParameter(2, paging.size()).setParameter(3, paging.offset())
                .getResultList();
        List<AlertView> items = rows.stream().map(r -> new AlertView((UUID) r[0], (UUID) r[1], (String) r[2],
                (UUID) r[3], (String) r[4], (String) r[5], (String) r[6],
                r[7] == null ? null : SavedSearches.instant(r[7]), SavedSearches.instant(r[8]), (Boolean) r[10]))
                .toList();
        return new PageView<>(items, paging.page(), paging.size(),
                rows.isEmpty() ? 0 : ((Number) rows.get(0)[9]).longValue());
    }
}
