package onestop.portal.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.quarkus.qute.RawString;

/**
 * A horizontal bar chart drawn on the server as SVG, for the insight pages: readable without JavaScript and by
 * screen readers. The SVG is {@code role="img"} named by its {@code <title>} and described by a {@code <desc>}
 * that lists every bar's value; each bar carries its value as text beside it, so nothing is told by colour alone;
 * both axes are labelled; a {@code viewBox} with {@code width="100%"} makes it scale to its container. The page
 * shows the same figures in a table beside it (the fragment {@code portal/insight/chart} draws both).
 *
 * <p>Use: {@code BarChart.of("Applications received", bars, "applications")} and in a template
 * {@code {chart.svg}} (already escaped, so not escaped twice) or {@code {#include portal/insight/chart chart=chart /}}.
 * Every text the caller gives (title, labels, unit, axis) is escaped here.
 */
public final class BarChart {

    /** One bar: what it is ({@code label}) and how much ({@code value}, drawn as 0 when negative). */
    public record Bar(String label, double value) {

        public Bar {
            Objects.requireNonNull(label, "label");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A bar's value must be a number: " + value);
            }
        }

        /** The value as written on the chart and in the table: "1,234", "4.5", "33.33". */
        public String text() {
            return format(value);
        }
    }

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 190;
    static final int VALUE_WIDTH = 80;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int TOP = 26;
    static final int BOTTOM = 44;
    static final int MAX_LABEL_CHARS = 26;

    private final String title;
    private final String categoryAxis;
    private final List<Bar> bars;
    private final String unit;

    private BarChart(String title, String categoryAxis, List<Bar> bars, String unit) {
        this.title = Objects.requireNonNull(title, "title");
        this.categoryAxis = categoryAxis == null ? "" : categoryAxis;
        this.bars = List.copyOf(bars);
        this.unit = unit == null ? "" : unit;
    }

    /** A chart called {@code title} of {@code bars}, whose values are counted in {@code unit} (the value axis). */
    public static BarChart of(String title, List<Bar> bars, String unit) {
        return new BarChart(title, "", bars, unit);
    }

    /** The same, with the category axis labelled too (for example "Licence type" or "Month"). */
    public static BarChart of(String title, String categoryAxis, List<Bar> bars, String unit) {
        return new BarChart(title, categoryAxis, bars, unit);
    }

    public String title() {
        return title;
    }

    public String categoryAxis() {
        return categoryAxis;
    }

    public List<Bar> bars() {
        return bars;
    }

    public String unit() {
        return unit;
    }

    /** The unit as a table's column heading: "Applications". */
    public String unitHeading() {
        return unit.isEmpty() ? "Value" : unit.substring(0, 1).toUpperCase(Locale.UK) + unit.substring(1);
    }

    /** The chart as SVG markup, safe to put in a page as it is. */
    public RawString svg() {
        return new RawString(render());
    }

    @Override
    public String toString() {
        return render();
    }

    String render() {
        String id = "chart-" + Integer.toHexString(Objects.hash(title, categoryAxis, bars, unit));
        int rows = Math.max(bars.size(), 1);
        int height = TOP + rows * ROW + BOTTOM;
        int plotLeft = LABEL_WIDTH;
        int plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double scale = max > 0 ? plotWidth / max : 0;
        int axisY = TOP + rows * ROW;

        StringBuilder svg = new StringBuilder(512 + bars.size() * 256);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-bar-chart\" role=\"img\" width=\"100%\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append('"')
                .append(" preserveAspectRatio=\"xMinYMin meet\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\" style=\"max-width:100%;height:auto\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description())).append("</desc>");
        svg.append("<g font-family=\"&quot;GDS Transport&quot;, arial, sans-serif\" font-size=\"14\" fill=\"#0b0c0c\">");
        if (!categoryAxis.isEmpty()) {
            svg.append("<text x=\"0\" y=\"16\" font-weight=\"bold\">").append(escape(categoryAxis)).append("</text>");
        }
        if (bars.isEmpty()) {
            svg.append("<text x=\"").append(plotLeft).append("\" y=\"").append(TOP + ROW / 2 + 5)
                    .append("\">No figures for this period</text>");
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * ROW + (ROW - BAR) / 2;
            int textY = y + BAR / 2 + 5;
            long length = Math.round(Math.max(bar.value(), 0) * scale);
            svg.append("<g class=\"app-bar-chart__bar\">");
            svg.append("<text x=\"").append(plotLeft - 8).append("\" y=\"").append(textY)
                    .append("\" text-anchor=\"end\">").append(escape(shortened(bar.label()))).append("</text>");
            svg.append("<rect x=\"").append(plotLeft).append("\" y=\"").append(y).append("\" width=\"")
                    .append(length).append("\" height=\"").append(BAR).append("\" fill=\"#1d70b8\"/>");
            svg.append("<text x=\"").append(plotLeft + length + 6).append("\" y=\"").append(textY).append("\">")
                    .append(escape(bar.text())).append("</text>");
            svg.append("</g>");
        }
        // the value axis: a line from 0 to the largest value, both ends numbered, and what is counted
        svg.append("<line x1=\"").append(plotLeft).append("\" y1=\"").append(TOP - 4).append("\" x2=\"")
                .append(plotLeft).append("\" y2=\"").append(axisY).append("\" stroke=\"#0b0c0c\"/>");
        svg.append("<line x1=\"").append(plotLeft).append("\" y1=\"").append(axisY).append("\" x2=\"")
                .append(plotLeft + plotWidth).append("\" y2=\"").append(axisY).append("\" stroke=\"#0b0c0c\"/>");
        svg.append("<text x=\"").append(plotLeft).append("\" y=\"").append(axisY + 18)
                .append("\" text-anchor=\"middle\">0</text>");
        if (max > 0) {
            svg.append("<text x=\"").append(plotLeft + plotWidth).append("\" y=\"").append(axisY + 18)
                    .append("\" text-anchor=\"middle\">").append(escape(format(max))).append("</text>");
        }
        svg.append("<text x=\"").append(plotLeft + plotWidth / 2).append("\" y=\"").append(axisY + 38)
                .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(escape(unit)).append("</text>");
        svg.append("</g></svg>");
        return svg.toString();
    }

    /** What a screen reader hears after the title: every bar and its value, in order. */
    String description() {
        if (bars.isEmpty()) {
            return "No figures for this period.";
        }
        StringBuilder text = new StringBuilder("Bar chart");
        if (!categoryAxis.isEmpty()) {
            text.append(" by ").append(categoryAxis.toLowerCase(Locale.UK));
        }
        if (!unit.isEmpty()) {
            text.append(", in ").append(unit);
        }
        text.append(": ");
        for (int i = 0; i < bars.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(' ').append(bars.get(i).text());
        }
        return text.append('.').toString();
    }

    /** Long labels are cut on the chart (the description and the table keep them whole). */
    static String shortened(String label) {
        return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
    }

    static String format(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
    }

    /** XML text and attribute escaping: nothing a caller gives can end an element or an attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters are not allowed in XML 1.0: left out
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
