package onestop.portal.insight;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import onestop.opportunities.api.LicensingInsight;
import onestop.portal.insight.BarChart.Bar;

/**
 * What the licensing insight pages show of the figures the API answers: the charts (each with its table beside
 * it) and the tables of every figure, with each licence type by its name.
 */
@io.quarkus.qute.TemplateData
public record LicensingInsightView(LicensingInsight insight, List<TypeRow> types, List<MonthRow> months,
        List<BarChart> charts) {

    /** One licence type's figures, by name. */
    @io.quarkus.qute.TemplateData
    public record TypeRow(String name, LicensingInsight.Figures figures) {
    }

    /** One month of one type: received and decided. */
    @io.quarkus.qute.TemplateData
    public record MonthRow(String month, String name, long received, long decided) {
    }

    static LicensingInsightView of(LicensingInsight insight, Map<String, String> names) {
        Function<String, String> name = code -> names.getOrDefault(code, code);
        List<TypeRow> types = insight.types().stream().map(f -> new TypeRow(name.apply(f.licenceTypeCode()), f))
                .toList();
        List<MonthRow> months = insight.months().stream().filter(m -> m.received() > 0 || m.decided() > 0)
                .map(m -> new MonthRow(m.month(), name.apply(m.licenceTypeCode()), m.received(), m.decided()))
                .toList();
        Map<String, long[]> byMonth = new LinkedHashMap<>();
        insight.months().forEach(m -> {
            long[] counts = byMonth.computeIfAbsent(m.month(), k -> new long[2]);
            counts[0] += m.received();
            counts[1] += m.decided();
        });
        List<Bar> received = new ArrayList<>();
        List<Bar> decided = new ArrayList<>();
        byMonth.forEach((month, counts) -> {
            received.add(new Bar(month, counts[0]));
            decided.add(new Bar(month, counts[1]));
        });
        List<BarChart> charts = new ArrayList<>();
        charts.add(BarChart.of("Applications received each month", "Month", received, "applications"));
        charts.add(BarChart.of("Applications decided each month", "Month", decided, "applications"));
        charts.add(BarChart.of("Median working days to a decision", "Licence type",
                bars(types, LicensingInsight.Figures::medianWorkingDays), "working days"));
        charts.add(BarChart.of("90th percentile of working days to a decision", "Licence type",
                bars(types, LicensingInsight.Figures::percentile90WorkingDays), "working days"));
        charts.add(BarChart.of("Refusal rate", "Licence type",
                bars(types, LicensingInsight.Figures::refusalRate), "per cent of decisions"));
        return new LicensingInsightView(insight, types, months, charts);
    }

    /** A bar per type that has the figure (none decided, or refusals not published: no bar, the table says so). */
    private static List<Bar> bars(List<TypeRow> types, Function<LicensingInsight.Figures, BigDecimal> figure) {
        return types.stream().filter(t -> figure.apply(t.figures()) != null)
                .map(t -> new Bar(t.name(), figure.apply(t.figures()).doubleValue())).toList();
    }
}
