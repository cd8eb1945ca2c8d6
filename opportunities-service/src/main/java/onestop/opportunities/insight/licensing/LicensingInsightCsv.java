package onestop.opportunities.insight.licensing;

import java.util.ArrayList;
import java.util.List;

import onestop.opportunities.api.LicensingInsight;
import onestop.platform.csv.Csv;

/**
 * The licensing figures as one CSV: a row per licence type and one for all types ({@code ALL}) with every figure,
 * then a row per type and month with what was received and decided. The {@code section} column says which.
 */
final class LicensingInsightCsv {

    static final List<String> HEADER = List.of("section", "from", "to", "asOf", "month", "licenceTypeCode", "received",
            "decided", "targetWorkingDays", "medianWorkingDays", "percentile90WorkingDays", "decidedByDueDate",
            "overdue", "tacitConsentGrants", "refused", "refusalRate");

    private LicensingInsightCsv() {
    }

    static String of(LicensingInsight insight) {
        StringBuilder csv = new StringBuilder(Csv.line(HEADER));
        csv.append(figures(insight, insight.total(), "ALL"));
        for (LicensingInsight.Figures type : insight.types()) {
            csv.append(figures(insight, type, type.licenceTypeCode()));
        }
        for (LicensingInsight.Month month : insight.months()) {
            List<Object> cells = new ArrayList<>(List.of("month", insight.from(), insight.to(), insight.asOf(),
                    month.month(), month.licenceTypeCode(), month.received(), month.decided()));
            while (cells.size() < HEADER.size()) {
                cells.add(null);
            }
            csv.append(Csv.line(cells));
        }
        return csv.toString();
    }

    private static String figures(LicensingInsight insight, LicensingInsight.Figures f, String type) {
        List<Object> cells = new ArrayList<>();
        cells.add("type");
        cells.add(insight.from());
        cells.add(insight.to());
        cells.add(insight.asOf());
        cells.add(null);
        cells.add(type);
        cells.add(f.received());
        cells.add(f.decided());
        cells.add(f.targetWorkingDays());
        cells.add(f.medianWorkingDays());
        cells.add(f.percentile90WorkingDays());
        cells.add(f.decidedByDueDate());
        cells.add(f.overdue());
        cells.add(f.tacitConsentGrants());
        cells.add(f.refused());
        cells.add(f.refusalRate());
        return Csv.line(cells);
    }
}
