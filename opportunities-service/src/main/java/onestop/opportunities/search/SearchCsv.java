package onestop.opportunities.search;

import java.util.List;

import onestop.opportunities.api.SearchHit;
import onestop.platform.csv.Csv;

/** Search hits as CSV (RFC 4180): one header line, one line per hit, in the search's order. */
final class SearchCsv {

    static final String HEADER = "id,reference,title,buyer,type,status,cpvCodes,valueMinPence,valueMaxPence,"
            + "location,postcode,smeSuitable,vcseSuitable,publishedAt,closingAt";

    private SearchCsv() {
    }

    static String of(List<SearchHit> hits) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (SearchHit h : hits) {
            csv.append(line(h));
        }
        return csv.toString();
    }

    static String line(SearchHit h) {
        return Csv.line(h.id(), h.reference(), h.title(), h.buyer(), h.type(), h.status(),
                String.join(" ", h.cpvCodes()), h.valueMinPence(), h.valueMaxPence(), h.location(), h.postcode(),
                h.smeSuitable(), h.vcseSuitable(), h.publishedAt(), h.closingAt());
    }
}
