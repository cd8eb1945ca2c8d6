package onestop.opportunities.cascade;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.CharterTheme;
import onestop.opportunities.api.SocialValueRollup;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;

/**
 * Social value rolls up the cascade: what a prime contract committed and delivered is its own targets and reports
 * plus those of every subcontract under it (at any depth), so that the buyer sees the whole supply chain's.
 */
@ApplicationScoped
public class SocialValueRollups {

    @Inject
    Notices notices;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public SocialValueRollup of(UUID contractId) {
        Opportunity o = notices.published(contractId);
        List<Object[]> rows = em.createNativeQuery("""
                with recursive chain(id, depth) as (
                    select cast(?1 as uuid), 0
                    union all
                    select s.id, c.depth + 1 from opportunity s join chain c on s.parent_id = c.id
                    where s.status <> 'DRAFT' and c.depth < 20),
                lines as (
                    select t.theme, t.measure, t.target as committed, 0::numeric as delivered, 0::numeric as below
                    from contract_target t join chain c on c.id = t.opportunity_id
                    union all
                    select r.theme, r.measure, 0, r.value, case when c.depth > 0 then r.value else 0 end
                    from social_value_report r join chain c on c.id = r.opportunity_id)
                select theme, measure, sum(committed), sum(delivered), sum(below)
                from lines group by theme, measure order by theme, measure
                """).setParameter(1, o.id).getResultList();
        return new SocialValueRollup(o.id, o.reference, rows.stream().map(r -> new SocialValueRollup.Line(
                CharterTheme.valueOf((String) r[0]), (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3],
                (BigDecimal) r[4])).toList());
    }
}
