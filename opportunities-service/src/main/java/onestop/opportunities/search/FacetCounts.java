package onestop.opportunities.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

import onestop.opportunities.api.SearchPage;

/**
 * Counts the facets in one pass over every match of a search without its status filter: each public
 * status, and, among the statuses searched, each type, CPV division and value band. Counts are by
 * doc-value ordinal per index segment and named once at the end.
 */
final class FacetCounts extends SimpleCollector {

    private record Leaf(SortedDocValues status, SortedDocValues type, SortedDocValues band,
            SortedSetDocValues division, int[] statusCounts, int[] typeCounts, int[] bandCounts, int[] divisionCounts) {
    }

    private final Set<String> statuses;
    private final List<Leaf> leaves = new ArrayList<>();
    private Leaf leaf;
    private boolean[] searched;

    FacetCounts(Set<String> statuses) {
        this.statuses = statuses;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        SortedDocValues status = DocValues.getSorted(context.reader(), NoticeDocument.STATUS);
        SortedDocValues type = DocValues.getSorted(context.reader(), NoticeDocument.TYPE);
        SortedDocValues band = DocValues.getSorted(context.reader(), NoticeDocument.BAND);
        SortedSetDocValues division = DocValues.getSortedSet(context.reader(), NoticeDocument.CPV_DIVISION);
        leaf = new Leaf(status, type, band, division, new int[status.getValueCount()], new int[type.getValueCount()],
                new int[band.getValueCount()], new int[(int) division.getValueCount()]);
        leaves.add(leaf);
        searched = new boolean[status.getValueCount()];
        for (String s : statuses) {
            int ord = status.lookupTerm(new BytesRef(s));
            if (ord >= 0) {
                searched[ord] = true;
            }
        }
    }

    @Override
    public void setScorer(Scorable scorer) {
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!leaf.status.advanceExact(doc)) {
            return;
        }
        int status = leaf.status.ordValue();
        leaf.statusCounts[status]++;
        if (!searched[status]) {
            return;
        }
        if (leaf.type.advanceExact(doc)) {
            leaf.typeCounts[leaf.type.ordValue()]++;
        }
        if (leaf.band.advanceExact(doc)) {
            leaf.bandCounts[leaf.band.ordValue()]++;
        }
        if (leaf.division.advanceExact(doc)) {
            for (int i = 0; i < leaf.division.docValueCount(); i++) {
                leaf.divisionCounts[(int) leaf.division.nextOrd()]++;
            }
        }
    }

    SearchPage.Facets facets() throws IOException {
        Map<String, Long> status = new HashMap<>();
        Map<String, Long> type = new HashMap<>();
        Map<String, Long> band = new HashMap<>();
        Map<String, Long> division = new HashMap<>();
        for (Leaf l : leaves) {
            add(status, l.statusCounts, ord -> l.status.lookupOrd(ord));
            add(type, l.typeCounts, ord -> l.type.lookupOrd(ord));
            add(band, l.bandCounts, ord -> l.band.lookupOrd(ord));
            add(division, l.divisionCounts, ord -> l.division.lookupOrd(ord));
        }
        return new SearchPage.Facets(sorted(status), sorted(type), sorted(division), sorted(band));
    }

    private interface Names {
        BytesRef name(int ord) throws IOException;
    }

    private static void add(Map<String, Long> into, int[] counts, Names names) throws IOException {
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                into.merge(names.name(ord).utf8ToString(), (long) counts[ord], Long::sum);
            }
        }
    }

    /** Largest count first, then by name: the order the API has always given. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
