package onestop.portal.insight.spend;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import onestop.opportunities.api.ProcurementInsightClient;
import onestop.portal.ApiCalls;

/** Reads the procurement figures a page shows, each with its chart, table and CSV link. */
@ApplicationScoped
class InsightFigures {

    /** The dimensions in the order pages show them: API name, heading word, axis label. */
    static final List<String[]> PUBLIC_DIMENSIONS = List.of(new String[] { "size", "supplier size", "Supplier size" },
            new String[] { "locality", "locality", "Locality" });
    static final List<String[]> ALL_DIMENSIONS = List.of(new String[] { "size", "supplier size", "Supplier size" },
            new String[] { "locality", "locality", "Locality" },
            new String[] { "cpv-division", "CPV division", "CPV division" },
            new String[] { "buyer", "buyer", "Buyer" });

    @Inject
    ProcurementInsightClient insight;

    List<FigureSection> sections(InsightQuery q, List<String[]> dimensions, boolean byContract) {
        List<FigureSection> sections = new ArrayList<>();
        for (String[] d : dimensions) {
            sections.add(FigureSection.of("awards-by-" + d[0], "Awards by " + d[1], d[2],
                    ApiCalls.read(() -> insight.awards(d[0], q.buyer(), q.from(), q.to())), q.csv("awards", d[0])));
        }
        for (String[] d : dimensions) {
            sections.add(FigureSection.of("spend-by-" + d[0], "Spend over £30,000 by " + d[1], d[2],
                    ApiCalls.read(() -> insight.spend(d[0], q.buyer(), q.from(), q.to())), q.csv("spend", d[0])));
        }
        sections.add(FigureSection.compliance("payments-compliance",
                ApiCalls.read(() -> insight.paymentsCompliance(q.buyer(), q.from(), q.to())),
                q.csv("payments-compliance", null)));
        sections.add(FigureSection.socialValue("social-value-by-theme", "Social value by theme",
                ApiCalls.read(() -> insight.socialValue("theme", q.buyer())), false, q.csv("social-value", "theme")));
        if (byContract) {
            sections.add(FigureSection.socialValue("social-value-by-contract", "Social value by contract",
                    ApiCalls.read(() -> insight.socialValue("contract", q.buyer())), true,
                    q.csv("social-value", "contract")));
        }
        return sections;
    }
}
