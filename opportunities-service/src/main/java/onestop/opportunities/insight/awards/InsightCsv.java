package onestop.opportunities.insight.awards;

import jakarta.ws.rs.core.Response;

import onestop.opportunities.api.InsightRow;
import onestop.opportunities.api.InsightTable;
import onestop.platform.csv.Csv;

/** The CSV of an insight table, the same rows as its JSON, as an attachment a spreadsheet opens safely. */
public final class InsightCsv {

    private InsightCsv() {
    }

    public static String of(InsightTable table) {
        StringBuilder csv = new StringBuilder(Csv.line("quarter", table.by(), "count", "value_pence"));
        for (InsightRow r : table.rows()) {
            csv.append(Csv.line(r.quarter(), r.group(), r.count(), r.valuePence()));
        }
        return csv.toString();
    }

    public static Response attachment(String csv, String filename) {
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
