package onestop.opportunities.search;

import java.util.List;

/** Search hits as CSV (RFC 4180): one header line, one line per hit, in the search's order. */
final class SearchCsv {

    static final String HEADER = "id,reference,title,buyer,type,status,cpvCodes,valueMinPence,valueMaxPence,"
            + "location,postcode,smeSuitable,vcseSuitable,publishedAt,closingAt";

    private SearchCsv() {
    }

    static String of(List<SearchHit> hits) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SearchHit h : hits) {
            csv.append(String.join(",", List.of(field(h.id()), field(h.reference()), field(h.title()),
                    field(h.buyer()), field(h.type()), field(h.status()),
                    field(String.join(" ", h.cpvCodes())), field(h.valueMinPence()), field(h.valueMaxPence()),
                    field(h.location()), field(h.postcode()), field(h.smeSuitable()), field(h.vcseSuitable()),
                    field(h.publishedAt()), field(h.closingAt())))).append("\r\n");
        }
        return csv.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a leading =, +, - or @ would be a formula in a spreadsheet
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
