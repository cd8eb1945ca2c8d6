package onestop.opportunities.insight.socialvalue;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.SocialValueFigure;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/**
 * Social value committed (the awarded contracts' targets) against delivered (the suppliers' reports), by Charter
 * theme or by contract, on the catalogue's measures with their units. A commitment or report without a catalogue
 * measure (free text, made before the catalogue) counts under the theme UNCLASSIFIED by its own words.
 */
@ApplicationScoped
public class SocialValueFigures {

    private static final String LINES = """
            select coalesce(m.theme, 'UNCLASSIFIED') as theme, o.reference, o.title, o.buyer, x.measure_code,
                   coalesce(m.name, x.measure) as measure, m.unit, x.committed, x.delivered
            from (select opportunity_id, measure_code, measure, target as committed, 0::numeric as delivered
                  from contract_target
                  union all
                  select opportunity_id, measure_code, measure, 0::numeric, value from social_value_report) x
            join opportunity o on o.id = x.opportunity_id
            left join social_value_measure m on m.code = x.measure_code
            """;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<SocialValueFigure> figures(String by, String buyer) {
        boolean byContract = "contract".equalsIgnoreCase(by);
        if (!byContract && !"theme".equalsIgnoreCase(by)) {
            throw new InvalidInput("Say what to count by.", List.of(new Problem.FieldError("by",
                    by == null ? FieldCodes.REQUIRED : FieldCodes.NOT_ALLOWED, "must be theme or contract")));
        }
        String contract = byContract ? "reference, title, buyer" : "null, null, null";
        String sql = "select theme, " + contract + ", measure_code, measure, unit, sum(committed), sum(delivered)"
                + " from (" + LINES + ") l"
                + (buyer == null || buyer.isBlank() ? "" : " where lower(buyer) = lower(?1)")
                + " group by theme, " + (byContract ? "reference, title, buyer, " : "") + "measure_code, measure, unit"
                + " order by theme = 'UNCLASSIFIED', theme, " + (byContract ? "reference, " : "")
                + "measure_code nulls last, measure";
        Query query = em.createNativeQuery(sql);
        if (buyer != null && !buyer.isBlank()) {
            query.setParameter(1, buyer.strip());
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new SocialValueFigure((String) r[0],
                (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (BigDecimal) r[7], (BigDecimal) r[8])).toList();
    }
}
