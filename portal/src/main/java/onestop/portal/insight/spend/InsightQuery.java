package onestop.portal.insight.spend;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The figures' filter as a page's GET form sends it, and the query string of their API and CSV links. */
record InsightQuery(String buyer, String from, String to) {

    static InsightQuery of(String buyer, String from, String to) {
        return new InsightQuery(blankToNull(buyer), blankToNull(from), blankToNull(to));
    }

    String csv(String path, String by) {
        StringBuilder href = new StringBuilder("/api/opportunities/insight/").append(path).append(".csv?");
        if (by != null) {
            href.append("by=").append(by).append('&');
        }
        append(href, "buyer", buyer);
        append(href, "from", from);
        append(href, "to", to);
        return href.substring(0, href.length() - 1);
    }

    private static void append(StringBuilder href, String name, String value) {
        if (value != null) {
            href.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
