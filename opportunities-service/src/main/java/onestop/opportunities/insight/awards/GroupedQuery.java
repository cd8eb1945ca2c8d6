package onestop.opportunities.insight.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import onestop.opportunities.api.InsightRow;

/**
 * The one query shape of the awards and spend figures: count and sum per quarter and group, filtered by buyer (any
 * case) and a range of quarters, oldest quarter first and groups in name order. {@code from} is the SQL of the rows
 * with a {@code quarter}, a {@code buyer} and a value column; {@code groups} the SQL of each grouping's group.
 */
public record GroupedQuery(String from, Map<Grouping, String> groups, String value) {

    @SuppressWarnings("unchecked")
    public List<InsightRow> rows(EntityManager em, Grouping by, String buyer, Quarters.Range range) {
        StringBuilder sql = new StringBuilder("select quarter, grp, count(*), coalesce(sum(" + value + "), 0) from (select f.*, "
                + groups.get(by) + " as grp from (" + from + ") f) g where true");
        List<Object> parameters = new ArrayList<>();
        if (buyer != null && !buyer.isBlank()) {
            parameters.add(buyer.strip());
            sql.append(" and lower(buyer) = lower(?").append(parameters.size()).append(')');
        }
        if (range.from() != null) {
            parameters.add(range.from());
            sql.append(" and quarter >= ?").append(parameters.size());
        }
        if (range.to() != null) {
            parameters.add(range.to());
            sql.append(" and quarter <= ?").append(parameters.size());
        }
        sql.append(" group by quarter, grp order by quarter, grp");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new InsightRow((String) r[0], (String) r[1],
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }
}
