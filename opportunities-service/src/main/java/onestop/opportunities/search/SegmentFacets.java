package onestop.opportunities.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facet fields of one index segment as arrays on the heap: each document's status, type and value
 * band ordinal, and its CPV divisions, with each ordinal's name. Counting a search's matches reads these
 * instead of the memory-mapped doc values (a quarter of a common word's time went on decoding them).
 * A segment never changes, so its arrays are read once, when a new view of the index opens, and dropped
 * when the segment is merged away. Data, not results: nothing about any search is remembered.
 */
final class SegmentFacets {

    /** Ordinal plus one per document (0: none): every facet has fewer than 255 values (enums, CPV divisions). */
    final byte[] status;
    final byte[] type;
    final byte[] band;
    /** The divisions of document d are {@code divisions[divisionStart[d] .. divisionStart[d + 1])}. */
    final int[] divisionStart;
    final byte[] divisions;
    /**
     * The index is sorted by status (ADR 10): the documents of status ordinal s are
     * {@code statusStart[s] .. statusStart[s + 1]}, so a search scores only the ranges of the statuses it shows.
     */
    final int[] statusStart;
    final String[] statusNames;
    final String[] typeNames;
    final String[] bandNames;
    final String[] divisionNames;

    private SegmentFacets(LeafReader reader) throws IOException {
        int docs = reader.maxDoc();
        SortedDocValues s = DocValues.getSorted(reader, NoticeDocument.STATUS);
        SortedDocValues t = DocValues.getSorted(reader, NoticeDocument.TYPE);
        SortedDocValues b = DocValues.getSorted(reader, NoticeDocument.BAND);
        statusNames = names(s);
        typeNames = names(t);
        bandNames = names(b);
        status = ordinals(s, docs);
        statusStart = ranges(status, statusNames.length);
        type = ordinals(t, docs);
        band = ordinals(b, docs);
        SortedSetDocValues d = DocValues.getSortedSet(reader, NoticeDocument.CPV_DIVISION);
        divisionNames = new String[checked(d.getValueCount())];
        for (int ord = 0; ord < divisionNames.length; ord++) {
            divisionNames[ord] = d.lookupOrd(ord).utf8ToString();
        }
        divisionStart = new int[docs + 1];
        byte[] all = new byte[Math.max(16, docs)];
        int n = 0;
        int next = 0; // the first document whose start is not yet written
        for (int doc = d.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = d.nextDoc()) {
            while (next <= doc) {
                divisionStart[next++] = n;
            }
            for (int i = 0; i < d.docValueCount(); i++) {
                if (n == all.length) {
                    all = Arrays.copyOf(all, all.length * 2);
                }
                all[n++] = (byte) d.nextOrd();
            }
        }
        while (next <= docs) {
            divisionStart[next++] = n;
        }
        divisions = Arrays.copyOf(all, n);
    }

    /** The arrays of each segment of a newly opened view: read now, so that no search waits for them. */
    static final class Cache {
        private final Map<Object, SegmentFacets> bySegment = new ConcurrentHashMap<>();

        void warm(IndexReader reader) throws IOException {
            for (var leaf : reader.leaves()) {
                of(leaf.reader());
            }
        }

        SegmentFacets of(LeafReader reader) throws IOException {
            IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
            SegmentFacets facets = bySegment.get(helper.getKey());
            if (facets == null) {
                facets = new SegmentFacets(reader);
                if (bySegment.putIfAbsent(helper.getKey(), facets) == null) {
                    helper.addClosedListener(bySegment::remove);
                }
            }
            return facets;
        }
    }

    private static String[] names(SortedDocValues values) throws IOException {
        String[] names = new String[checked(values.getValueCount())];
        for (int ord = 0; ord < names.length; ord++) {
            names[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return names;
    }

    private static byte[] ordinals(SortedDocValues values, int docs) throws IOException {
        byte[] ords = new byte[docs];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            ords[doc] = (byte) (values.ordValue() + 1);
        }
        return ords;
    }

    private static int[] ranges(byte[] status, int values) {
        int[] start = new int[values + 1];
        int ord = 0;
        for (int doc = 0; doc < status.length; doc++) {
            int s = (status[doc] & 0xFF) - 1;
            if (s < ord) {
                throw new IllegalStateException("a segment not sorted by status, or a notice without one");
            }
            while (ord < s) {
                start[++ord] = doc;
            }
        }
        while (ord < values) {
            start[++ord] = status.length;
        }
        return start;
    }

    private static int checked(long valueCount) {
        if (valueCount > 254) {
            throw new IllegalStateException("a facet with " + valueCount + " values: more than a byte per document holds");
        }
        return (int) valueCount;
    }
}
