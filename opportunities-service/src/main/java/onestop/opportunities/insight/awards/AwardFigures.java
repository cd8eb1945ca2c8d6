package onestop.opportunities.insight.awards;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.InsightTable;

/** Awards per quarter by supplier size, locality, CPV division or buyer, from the awards read model only. */
@ApplicationScoped
public class AwardFigures {

    static final GroupedQuery AWARDS = new GroupedQuery("select * from insight_award", Map.of(
            Grouping.SIZE, "supplier_size", Grouping.LOCALITY, "locality", Grouping.CPV_DIVISION, "cpv_division",
            Grouping.BUYER, "buyer"), "value_pence");

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public InsightTable table(String by, String buyer, String from, String to) {
        Grouping grouping = Grouping.of(by);
        return new InsightTable("awards", grouping.parameter, AWARDS.rows(em, grouping, buyer, Quarters.Range.of(from, to)));
    }
}
