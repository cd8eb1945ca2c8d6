package onestop.opportunities.socialvalue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.CharterTheme;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OutcomeReport;
import onestop.opportunities.api.OutcomeReported;
import onestop.opportunities.opportunity.Opportunity;
import onestop.platform.csv.Csv;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;

/** Social value delivered against the targets of awarded contracts, and the public summary. */
@ApplicationScoped
public class SocialValueService {

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Only the awarded supplier reports on a contract; to anyone else it is not found. */
    @Transactional
    public OutcomeReported report(UUID opportunityId, OutcomeReport report) {
        UUID business = caller.requireBusinessId();
        Opportunity o = Opportunity.findById(opportunityId);
        if (o == null || o.status != OpportunityStatus.AWARDED || !business.equals(o.awardedBusinessId)) {
            throw new NotFound("There is no contract " + opportunityId + " awarded to you.");
        }
        SocialValueMeasure.check(report.theme(), report.measureCode(), "");
        SocialValueReport r = new SocialValueReport();
        r.id = UUID.randomUUID();
        r.opportunityId = o.id;
        r.businessId = business;
        r.period = report.period();
        r.theme = report.theme();
        r.measure = report.measure().strip();
        r.value = report.value();
        r.measureCode = report.measureCode();
        r.reportedAt = clock.instant();
        r.persist();
        return new OutcomeReported(r.id, r.opportunityId, r.period, r.theme, r.measure, r.value, r.reportedAt,
                r.measureCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<SocialValueRequests.SummaryLine> summary() {
        List<Object[]> rows = em.createNativeQuery("""
                with committed as (
                    select extract(year from t.committed_at)::int as year, o.buyer, t.theme, t.measure,
                           sum(t.target) as committed, 0::numeric as delivered
                    from contract_target t join opportunity o on o.id = t.opportunity_id
                    group by 1, 2, 3, 4),
                delivered as (
                    select substr(r.period, 1, 4)::int as year, o.buyer, r.theme, r.measure,
                           0::numeric as committed, sum(r.value) as delivered
                    from social_value_report r join opportunity o on o.id = r.opportunity_id
                    group by 1, 2, 3, 4)
                select year, buyer, theme, measure, sum(committed), sum(delivered)
                from (select * from committed union all select * from delivered) lines
                group by year, buyer, theme, measure
                order by year desc, buyer, theme, measure
                """).getResultList();
        return rows.stream().map(r -> new SocialValueRequests.SummaryLine(((Number) r[0]).intValue(), (String) r[1],
                CharterTheme.valueOf((String) r[2]), (String) r[3], (BigDecimal) r[4], (BigDecimal) r[5])).toList();
    }

    /** The winning response's commitments become the contract's targets. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setTargets(UUID opportunityId, List<ContractTarget> targets) {
        targets.forEach(t -> t.persist());
    }

    static String csv(List<SocialValueRequests.SummaryLine> lines) {
        StringBuilder csv = new StringBuilder(Csv.line("year", "buyer", "theme", "measure", "committed", "delivered"));
        for (SocialValueRequests.SummaryLine l : lines) {
            csv.append(Csv.line(l.year(), l.buyer(), l.theme(), l.measure(), l.committed(), l.delivered()));
        }
        return csv.toString();
    }
}
