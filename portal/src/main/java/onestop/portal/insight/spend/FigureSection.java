package onestop.portal.insight.spend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import onestop.opportunities.api.InsightRow;
import onestop.opportunities.api.InsightTable;
import onestop.opportunities.api.PaymentsCompliance;
import onestop.opportunities.api.SocialValueFigure;
import onestop.portal.insight.BarChart;

/**
 * One figure of an insight page: its chart (with the same figures as a table beside it, the fragment
 * {@code portal/insight/chart}), the full table per quarter under it, and the link to its CSV.
 */
@TemplateData
public record FigureSection(String id, String heading, BarChart chart, List<String> columns, List<List<String>> rows,
        String csvHref) {

    /** Awards or spend by one dimension: the chart totals each group over the quarters shown, in pounds. */
    static FigureSection of(String id, String heading, String axis, InsightTable table, String csvHref) {
        Map<String, Long> totals = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (InsightRow r : table.rows()) {
            totals.merge(label(r.group()), r.valuePence(), Long::sum);
            rows.add(List.of(r.quarter(), label(r.group()), Long.toString(r.count()), pounds(r.valuePence())));
        }
        List<BarChart.Bar> bars = totals.entrySet().stream()
                .map(e -> new BarChart.Bar(e.getKey(), e.getValue() / 100.0)).toList();
        return new FigureSection(id, heading, BarChart.of(heading, axis, bars, "pounds"),
                List.of("Quarter", axis, "Number", "Value"), rows, csvHref);
    }

    /** Payments compliance: a bar per buyer and quarter, the share paid within 30 days. */
    static FigureSection compliance(String id, List<PaymentsCompliance> figures, String csvHref) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (PaymentsCompliance c : figures) {
            bars.add(new BarChart.Bar(c.buyer() + " " + c.quarter(), c.sharePercent().doubleValue()));
            rows.add(List.of(c.quarter(), c.buyer(), Long.toString(c.invoices()), Long.toString(c.paidWithin30Days()),
                    c.sharePercent().toPlainString() + "%"));
        }
        String heading = "Invoices paid within 30 days";
        return new FigureSection(id, heading, BarChart.of(heading, "Buyer and quarter", bars, "per cent"),
                List.of("Quarter", "Buyer", "Invoices", "Paid within 30 days", "Share"), rows, csvHref);
    }

    /**
     * Social value: the chart shows what was delivered as a share of what was committed on each measure (the
     * measures' units differ, so their amounts share no scale); the table beside it the amounts with their units.
     */
    static FigureSection socialValue(String id, String heading, List<SocialValueFigure> figures, boolean byContract,
            String csvHref) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (SocialValueFigure f : figures) {
            String what = (byContract ? f.contractReference() + ": " : "") + f.measure();
            if (f.committed().signum() > 0) {
                bars.add(new BarChart.Bar(what, f.delivered().multiply(BigDecimal.valueOf(100))
                        .divide(f.committed(), 1, RoundingMode.HALF_UP).doubleValue()));
            }
            List<String> row = new ArrayList<>();
            row.add(label(f.theme()));
            if (byContract) {
                row.add(f.contractReference() + " " + f.contractTitle());
            }
            row.addAll(List.of(f.measure(), f.unit() == null ? "" : f.unit(), f.committed().toPlainString(),
                    f.delivered().toPlainString()));
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of("Theme"));
        if (byContract) {
            columns.add("Contract");
        }
        columns.addAll(List.of("Measure", "Unit", "Committed", "Delivered"));
        return new FigureSection(id, heading, BarChart.of(heading + ": delivered as a share of committed", "Measure",
                bars, "per cent"), columns, rows, csvHref);
    }

    /** A group as people read it: "West Midlands", "SME", "Division 45". */
    static String label(String group) {
        return switch (group) {
            case "WEST_MIDLANDS" -> "West Midlands";
            case "ELSEWHERE" -> "Elsewhere";
            case "UNKNOWN" -> "Not known";
            case "LARGE" -> "Large";
            case "SME", "VCSE" -> group;
            case "UNCLASSIFIED" -> "Unclassified";
            default -> group.matches("\\d{2}") ? "Division " + group
                    : group.matches("[A-Z_]+") ? group.charAt(0) + group.substring(1).toLowerCase().replace('_', ' ')
                    : group;
        };
    }

    static String pounds(long pence) {
        return "£" + String.format(java.util.Locale.UK, "%,.2f", pence / 100.0);
    }

    /** Whether a column holds numbers (right-aligned, as GOV.UK tables do). */
    public boolean numeric(int column) {
        return !rows.isEmpty() && rows.get(0).get(column).matches("[£0-9,.%-]+");
    }
}
