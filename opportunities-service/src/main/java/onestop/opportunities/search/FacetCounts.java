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
import org.apache.lucene.util.BytesRef;

import onestop.opportunities.api.SearchPage;

/**
 * Counts the facets while a search visits every match without its status filter: each public status, and,
 * among the statuses searched, each type, CPV division and value band. Counts are by doc-value ordinal per
 * index segment and named once at the end.
 */
final class FacetCounts {

    /** The counts of one segment. */
    record Leaf(SortedDocValues status, SortedDocValues type, SortedDocValues band, SortedSetDocValues division,
            boolean[] searched, int[] statusCounts, int[] typeCounts, int[] bandCounts, int[] divisionCounts) {

        /** Counts a match; true when its status is one of those searched (so it is a hit). */
        boolean collect(int doc) throws IOException {
            if (!status.advanceExact(doc)) {
                return false;
            }
            int s = status.ordValue();
            statusCounts[s]++;
            if (!searched[s]) {
                return false;
            }
            if (type.advanceExact(doc)) {
                typeCounts[type.ordValue()]++;
            }
            if (band.advanceExact(doc)) {
                bandCounts[band.ordValue()]++;
            }
            if (division.advanceExact(doc)) {
                for (int i = 0; i < division.docValueCount(); i++) {
                    divisionCounts[(int) division.nextOrd()]++;
                }
            }
            return true;
        }
    }

    private final Set<String> statuses;
    private final List<Leaf> leaves = new ArrayList<>();

    FacetCounts(Set<String> statuses) {
        this.statuses = statuses;
    }

    Leaf leaf(LeafReaderContext context) throws IOException {
        SortedDocValues status = DocValues.getSorted(context.reader(), NoticeDocument.STATUS);
        SortedDocValues type = DocValues.getSorted(context.reader(), NoticeDocument.TYPE);
        SortedDocValues band = DocValues.getSorted(context.reader(), NoticeDocument.BAND);
        SortedSetDocValues division = DocValues.getSortedSet(context.reader(), NoticeDocument.CPV_DIVISION);
        boolean[] searched = new boolean[status.getValueCount()];
        for (String name : statuses) {
            int ord = status.lookupTerm(new BytesRef(name));
            if (ord >= 0) {
                searched[ord] = true;
            }
        }
        Leaf leaf = new Leaf(status, type, band, division, searched, new int[status.getValueCount()],
                new int[type.getValueCount()], new int[band.getValueCount()], new int[(int) division.getValueCount()]);
        leaves.add(leaf);
        return leaf;
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
