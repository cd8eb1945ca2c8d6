package onestop.opportunities.insight.spend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.InsightTable;
import onestop.opportunities.api.PaymentsCompliance;
import onestop.opportunities.insight.awards.GroupedQuery;
import onestop.opportunities.insight.awards.Grouping;
import onestop.opportunities.insight.awards.Quarters;

/**
 * Spend per quarter by supplier size, locality, CPV division or buyer, and payments compliance, from the loaded
 * uploads. A payment whose {@code contract_reference} is the reference of an award of the same buyer takes that
 * award's supplier size and CPV division (and its locality when the payment gives no postcode); others are
 * UNKNOWN there (docs/domain.md, "Insight").
 */
@ApplicationScoped
public class SpendFigures {

    static final GroupedQuery SPEND = new GroupedQuery("""
            select u.quarter, u.buyer, p.amount_pence, p.locality as own_locality, a.supplier_size, a.locality,
                   a.cpv_division
            from spend_payment p join spend_upload u on u.id = p.upload_id
            left join insight_award a on a.reference = p.contract_reference and lower(a.buyer) = lower(u.buyer)
            """, Map.of(
            Grouping.SIZE, "coalesce(supplier_size, 'UNKNOWN')",
            Grouping.LOCALITY, "case when own_locality <> 'UNKNOWN' then own_locality else coalesce(locality, 'UNKNOWN') end",
            Grouping.CPV_DIVISION, "coalesce(cpv_division, 'UNKNOWN')",
            Grouping.BUYER, "buyer"), "amount_pence");

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InsightTable table(String by, String buyer, String from, String to) {
        Grouping grouping = Grouping.of(by);
        return new InsightTable("spend", grouping.parameter, SPEND.rows(em, grouping, buyer, Quarters.Range.of(from, to)));
    }

    /** Per quarter and buyer: invoices paid, those paid within 30 days of the invoice date, and the share. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<PaymentsCompliance> compliance(String buyer, String from, String to) {
        Quarters.Range range = Quarters.Range.of(from, to);
        StringBuilder sql = new StringBuilder("""
                select u.quarter, u.buyer, count(*), count(*) filter (where p.paid_date - p.invoice_date <= 30)
                from spend_payment p join spend_upload u on u.id = p.upload_id where true""");
        List<Object> parameters = new ArrayList<>();
        if (buyer != null && !buyer.isBlank()) {
            parameters.add(buyer.strip());
            sql.append(" and lower(u.buyer) = lower(?").append(parameters.size()).append(')');
        }
        if (range.from() != null) {
            parameters.add(range.from());
            sql.append(" and u.quarter >= ?").append(parameters.size());
        }
        if (range.to() != null) {
            parameters.add(range.to());
            sql.append(" and u.quarter <= ?").append(parameters.size());
        }
        sql.append(" group by u.quarter, u.buyer order by u.quarter, u.buyer");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> {
            long invoices = ((Number) r[2]).longValue();
            long within = ((Number) r[3]).longValue();
            return new PaymentsCompliance((String) r[0], (String) r[1], invoices, within, share(within, invoices));
        }).toList();
    }

    /** A percentage to one place, half up: 2 of 3 is 66.7. */
    static BigDecimal share(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
