package onestop.opportunities.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.AlertRaised;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.opportunity.NoticePublished;
import onestop.opportunities.opportunity.Opportunity;
import onestop.platform.outbox.Outbox;

/**
 * When a notice is published, raises an alert for every saved search it matches. One statement tests
 * every saved search against the one new row (the searches' criteria are columns), so the cost grows
 * with the number of saved searches only as a scan of that table, never as one search per saved search.
 * The criteria mean what they mean in the search (the search's {@code IndexQuery}); status and closing dates do
 * not apply, since the notice is newly open. Then one alert for each supplier whose profile's work categories the
 * notice is in, unless a saved search of the same business just raised one.
 */
@ApplicationScoped
public class AlertMatcher {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    void onPublished(@Observes NoticePublished published) {
        Opportunity o = published.notice();
        Instant now = clock.instant();
        em.flush(); // the match reads the row as just published
        List<Object[]> raised = em.createNativeQuery("""
                insert into alert (id, business_id, saved_search_id, opportunity_id, raised_at)
                select gen_random_uuid(), s.business_id, s.id, o.id, ?2
                from saved_search s join opportunity o on o.id = ?1
                where (s.query is null or o.search @@ s.query)
                  and (s.cpv_prefixes is null or o.cpv_prefixes && s.cpv_prefixes)
                  and ((s.min_value_pence is null and s.max_value_pence is null)
                       or (o.value_pence is null and s.include_unvalued)
                       or (coalesce(o.value_max_pence, o.value_min_pence) >= coalesce(s.min_value_pence, 0)
                           and coalesce(o.value_min_pence, o.value_max_pence)
                               <= coalesce(s.max_value_pence, 9223372036854775807)))
                  and (s.sme_suitable is null or o.sme_suitable = s.sme_suitable)
                  and (s.vcse_suitable is null or o.vcse_suitable = s.vcse_suitable)
                  and (s.location is null or o.location ilike s.location)
                  and (s.postcode_prefix is null or o.postcode_key like s.postcode_prefix)
                  and (s.buyer_key is null or o.buyer_key = s.buyer_key)
                  and (s.types is null or o.type = any(s.types))
                on conflict do nothing
                returning id, business_id, saved_search_id, (select name from saved_search where id = saved_search_id)
                """).setParameter(1, o.id).setParameter(2, Timestamp.from(now)).getResultList();
        List<Object[]> interested = em.createNativeQuery("""
                insert into alert (id, business_id, saved_search_id, opportunity_id, raised_at, matched_interests)
                select gen_random_uuid(), s.business_id, null, o.id, ?2, true
                from supplier s join opportunity o on o.id = ?1
                where s.cpv_interest_prefixes && o.cpv_prefixes
                  and not exists (select 1 from alert a where a.business_id = s.business_id and a.opportunity_id = o.id)
                on conflict do nothing
                returning id, business_id, null, null
                """).setParameter(1, o.id).setParameter(2, Timestamp.from(now)).getResultList();
        for (Object[] row : raised) {
            announce(row, o, now, false);
        }
        for (Object[] row : interested) {
            announce(row, o, now, true);
        }
    }

    private void announce(Object[] row, Opportunity o, Instant now, boolean matchedInterests) {
        UUID alertId = (UUID) row[0];
        outbox.append(OpportunitiesEvents.ALERT_RAISED, OpportunitiesEvents.ALERT, alertId,
                new AlertRaised(alertId, (UUID) row[1], (UUID) row[2], (String) row[3], o.id, o.reference, o.title,
                        o.buyer, o.closingAt, now, matchedInterests));
    }
}
