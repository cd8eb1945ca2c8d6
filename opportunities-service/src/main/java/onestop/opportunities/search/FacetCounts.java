package onestop.opportunities.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.LeafReaderContext;

import onestop.opportunities.api.SearchPage;

/**
 * Counts the facets while a search visits every match without its status filter: each public status, and,
 * among the statuses searched, each type, CPV division and value band. Counts are by ordinal per index
 * segment ({@link SegmentFacets}) and named once at the end.
 */
final class FacetCounts {

    /** The counts of one segment. */
    record Leaf(SegmentFacets f, boolean[] searched, int[] statusCounts, int[] typeCounts, int[] bandCounts,
            int[] divisionCounts) {

        /** Counts a match of a searched status (a hit): its status, type, value band and CPV divisions. */
        void hit(int doc) {
            statusCounts[(f.status[doc] & 0xFF) - 1]++;
            typeCounts[f.type[doc] & 0xFF]++;
            bandCounts[f.band[doc] & 0xFF]++;
            for (int i = f.divisionStart[doc]; i < f.divisionStart[doc + 1]; i++) {
                divisionCounts[f.divisions[i] & 0xFF]++;
            }
        }

        /** Counts a match of a status not searched: in the status facet only. */
        void other(int doc) {
            statusCounts[(f.status[doc] & 0xFF) - 1]++;
        }
    }

    private final Set<String> statuses;
    private final SegmentFacets.Cache segments;
    private final List<Leaf> leaves = new ArrayList<>();

    FacetCounts(Set<String> statuses, SegmentFacets.Cache segments) {
        this.statuses = statuses;
        this.segments = segments;
    }

    Leaf leaf(LeafReaderContext context) throws IOException {
        SegmentFacets f = segments.of(context.reader());
        boolean[] searched = new boolean[f.statusNames.length];
        for (int ord = 0; ord < searched.length; ord++) {
            searched[ord] = statuses.contains(f.statusNames[ord]);
        }
        // type and band counts keep slot 0 for "none", so that counting needs no test
        Leaf leaf = new Leaf(f, searched, new int[f.statusNames.length], new int[f.typeNames.length + 1],
                new int[f.bandNames.length + 1], new int[f.divisionNames.length]);
        leaves.add(leaf);
        return leaf;
    }

    SearchPage.Facets facets() {
        Map<String, Long> status = new HashMap<>();
        Map<String, Long> type = new HashMap<>();
        Map<String, Long> band = new HashMap<>();
        Map<String, Long> division = new HashMap<>();
        for (Leaf l : leaves) {
            add(status, l.statusCounts, 0, l.f.statusNames);
            add(type, l.typeCounts, 1, l.f.typeNames);
            add(band, l.bandCounts, 1, l.f.bandNames);
            add(division, l.divisionCounts, 0, l.f.divisionNames);
        }
        return new SearchPage.Facets(sorted(status), sorted(type), sorted(division), sorted(band));
    }

    /** Adds the counts from slot {@code first} on, slot {@code first + i} being {@code names[i]}. */
    private static void add(Map<String, Long> into, int[] counts, int first, String[] names) {
        for (int i = 0; i < names.length; i++) {
            if (counts[first + i] > 0) {
                into.merge(names[i], (long) counts[first + i], Long::sum);
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
