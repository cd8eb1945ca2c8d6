package onestop.opportunities.search;

import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A search's criteria as an index query: the words (scored) and every filter (not scored), each meaning
 * what the SQL column predicate it replaces meant. The index holds public notices only.
 */
final class IndexQuery {

    private IndexQuery() {
    }

    /** @param withStatus false for the status facet, which counts every public status */
    static Query of(SearchCriteria c, boolean withStatus, NoticeAnalyzer analyzer) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(c.q() != null ? KeywordQuery.parse(c.q(), analyzer) : new MatchAllDocsQuery(),
                c.q() != null ? Occur.MUST : Occur.FILTER);
        if (withStatus) {
            b.add(anyOf(NoticeDocument.STATUS, c.statuses().stream().map(Enum::name).toList()), Occur.FILTER);
        }
        if (!c.cpvPrefixes().isEmpty()) {
            b.add(anyOf(NoticeDocument.CPV_PREFIX, c.cpvPrefixes()), Occur.FILTER);
        }
        if (c.hasValueFilter()) {
            // ranges overlap; a notice with no stated value passes (its range is the widest) unless
            // includeUnvalued=false
            b.add(range(NoticeDocument.VALUE_HIGH, c.minValuePence() == null ? 0 : c.minValuePence(), Long.MAX_VALUE),
                    Occur.FILTER);
            if (c.maxValuePence() != null) { // without a maximum every notice's bottom passes: no clause to check
                b.add(range(NoticeDocument.VALUE_LOW, Long.MIN_VALUE, c.maxValuePence()), Occur.FILTER);
            }
            if (!c.includeUnvalued()) {
                b.add(new TermQuery(new Term(NoticeDocument.UNVALUED, "true")), Occur.MUST_NOT);
            }
        }
        if (c.closingAfter() != null || c.closingBefore() != null) {
            long from = c.closingAfter() == null ? Long.MIN_VALUE : NoticeDocument.micros(c.closingAfter());
            long below = c.closingBefore() == null ? Long.MAX_VALUE : NoticeDocument.micros(c.closingBefore()) - 1;
            b.add(range(NoticeDocument.CLOSING, from, below), Occur.FILTER);
        }
        if (c.smeSuitable() != null) {
            b.add(new TermQuery(new Term(NoticeDocument.SME, c.smeSuitable().toString())), Occur.FILTER);
        }
        if (c.vcseSuitable() != null) {
            b.add(new TermQuery(new Term(NoticeDocument.VCSE, c.vcseSuitable().toString())), Occur.FILTER);
        }
        if (c.location() != null) {
            // ilike '%…%': anywhere in the place, any case
            b.add(new WildcardQuery(new Term(NoticeDocument.LOCATION_KEY,
                    "*" + escapeWildcards(c.location().toLowerCase(Locale.ROOT)) + "*")), Occur.FILTER);
        }
        if (c.postcode() != null) {
            b.add(new PrefixQuery(new Term(NoticeDocument.POSTCODE_KEY, c.postcode())), Occur.FILTER);
        }
        if (c.buyer() != null) {
            b.add(new TermQuery(new Term(NoticeDocument.BUYER_KEY, c.buyer().toLowerCase(Locale.ROOT))), Occur.FILTER);
        }
        if (c.parent() != null) {
            b.add(new TermQuery(new Term(NoticeDocument.PARENT, c.parent().toString())), Occur.FILTER);
        }
        if (c.programme() != null) {
            b.add(new TermQuery(new Term(NoticeDocument.PROGRAMME, c.programme().toString())), Occur.FILTER);
        }
        if (!c.types().isEmpty()) {
            b.add(anyOf(NoticeDocument.TYPE, c.types().stream().map(Enum::name).toList()), Occur.FILTER);
        }
        return b.build();
    }

    /** Points when the range is the most selective part of the search, doc values to check the others' matches. */
    private static Query range(String field, long from, long to) {
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, from, to),
                NumericDocValuesField.newSlowRangeQuery(field, from, to));
    }

    private static Query anyOf(String field, List<String> values) {
        return values.size() == 1 ? new TermQuery(new Term(field, values.get(0)))
                : new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static String escapeWildcards(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == '*' || ch == '?' || ch == '\\') {
                escaped.append('\\');
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }
}
