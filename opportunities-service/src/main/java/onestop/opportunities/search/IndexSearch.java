package onestop.opportunities.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.api.SearchHit;
import onestop.opportunities.api.SearchPage;
import onestop.platform.web.PageRequest;

/**
 * A search answered from this replica's index in one pass over the matches of the search without its
 * status filter, status range by status range (the index is sorted by status): the matches of a searched
 * status are scored, counted in every facet and compete for the page; the others are counted in the status
 * facet only. As many searches run at once as there are processors ({@code opportunities.search.concurrency});
 * the rest queue in arrival order, since a search only computes and more at once only slows each one down.
 */
@ApplicationScoped
class IndexSearch {

    record Result(List<SearchHit> hits, SearchPage.Facets facets) {
    }

    @Inject
    SearchIndex index;

    private final Semaphore running;

    @Inject
    IndexSearch(OpportunitiesConfig config) {
        int atOnce = config.search().concurrency().orElse(Runtime.getRuntime().availableProcessors());
        if (atOnce < 1) {
            throw new IllegalArgumentException("opportunities.search.concurrency must be at least 1, not " + atOnce);
        }
        running = new Semaphore(atOnce, true);
    }

    Result search(SearchCriteria c, PageRequest paging) {
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to search", e);
        }
        try {
            return searchNow(c, paging);
        } finally {
            running.release();
        }
    }

    private Result searchNow(SearchCriteria c, PageRequest paging) {
        return index.search(searcher -> {
            try {
                FacetCounts counts = new FacetCounts(new HashSet<>(c.statuses().stream().map(Enum::name).toList()),
                        index.facets());
                // every hit is counted (no threshold): the collector never asks the query to skip matches,
                // which the facets need to see
                TopFieldCollector top = new TopFieldCollectorManager(sort(c.sort()),
                        Math.max(1, paging.offset() + paging.size()), null, Integer.MAX_VALUE, false).newCollector();
                Query query = searcher.rewrite(IndexQuery.of(c, false, index.analyzer()));
                Weight hits = searcher.createWeight(query,
                        c.sort() == SearchSort.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f);
                Weight others = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    search(leaf, counts.leaf(leaf), top, hits, others);
                }
                TopFieldDocs docs = top.topDocs();
                int[] page = new int[Math.max(0, docs.scoreDocs.length - paging.offset())];
                for (int i = 0; i < page.length; i++) {
                    page[i] = docs.scoreDocs[paging.offset() + i].doc;
                }
                return new Result(NoticeDocument.hits(searcher, page), counts.facets());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * One segment, status range by status range (the index is sorted by status): the ranges of the
     * statuses searched are scored, counted in every facet and offered to the page; the others' matches
     * are only counted, in the status facet, without being scored.
     */
    private static void search(LeafReaderContext leaf, FacetCounts.Leaf counts, TopFieldCollector top, Weight hits,
            Weight others) throws IOException {
        SegmentFacets f = counts.f();
        Bits live = leaf.reader().getLiveDocs();
        Ranges hitRanges = null;
        Ranges otherRanges = null;
        for (int s = 0; s < f.statusNames.length; s++) {
            int from = f.statusStart[s];
            int to = f.statusStart[s + 1];
            if (from == to) {
                continue;
            }
            if (counts.searched()[s]) {
                if (hitRanges == null) {
                    hitRanges = new Ranges(hits.bulkScorer(leaf), new Hits(counts, top.getLeafCollector(leaf)));
                }
                hitRanges.score(live, from, to);
            } else {
                if (otherRanges == null) {
                    otherRanges = new Ranges(others.bulkScorer(leaf), new Others(counts));
                }
                otherRanges.score(live, from, to);
            }
        }
        if (hitRanges != null) {
            hitRanges.collector.finish();
        }
    }

    /** A segment's matches scored range after range, in order, by one scorer into one collector. */
    private static final class Ranges {
        private final BulkScorer scorer;
        private final LeafCollector collector;
        /** No match lies between the last range's end and this. */
        private int next;

        Ranges(BulkScorer scorer, LeafCollector collector) {
            this.scorer = scorer;
            this.collector = collector;
            this.next = scorer == null ? DocIdSetIterator.NO_MORE_DOCS : 0; // null: nothing in the segment matches
        }

        void score(Bits live, int from, int to) throws IOException {
            if (next < to) {
                next = scorer.score(collector, live, Math.max(from, next), to);
            }
        }
    }

    /** Counts each hit in the facets and offers it to the page. */
    private record Hits(FacetCounts.Leaf counts, LeafCollector page) implements LeafCollector {

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            page.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
            counts.hit(doc);
            page.collect(doc);
        }

        @Override
        public void finish() throws IOException {
            page.finish();
        }
    }

    /** Counts each match of a status not searched. */
    private record Others(FacetCounts.Leaf counts) implements LeafCollector {

        @Override
        public void setScorer(Scorable scorer) {
            // not scored
        }

        @Override
        public void collect(int doc) {
            counts.other(doc);
        }
    }

    /** The orders of {@link SearchSort}, each ending with the id as SQL's did, so that ties are stable. */
    static Sort sort(SearchSort sort) {
        // the id as numbers: a string tie-break looked up and copied the id's bytes for every competitive hit
        SortField high = new SortField(NoticeDocument.ID_HIGH, SortField.Type.LONG);
        SortField low = new SortField(NoticeDocument.ID_LOW, SortField.Type.LONG);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, closing(), high, low);
            case CLOSING -> new Sort(closing(), high, low);
            case PUBLISHED -> new Sort(missingFirstDescending(NoticeDocument.PUBLISHED), high, low);
            case VALUE -> new Sort(missingLastDescending(NoticeDocument.VALUE), high, low);
        };
    }

    private static SortField closing() {
        SortField f = new SortField(NoticeDocument.CLOSING, SortField.Type.LONG);
        f.setMissingValue(Long.MAX_VALUE); // nulls last
        return f;
    }

    private static SortField missingFirstDescending(String field) {
        SortField f = new SortField(field, SortField.Type.LONG, true);
        f.setMissingValue(Long.MAX_VALUE); // PostgreSQL puts nulls first in a descending order
        return f;
    }

    private static SortField missingLastDescending(String field) {
        SortField f = new SortField(field, SortField.Type.LONG, true);
        f.setMissingValue(Long.MIN_VALUE);
        return f;
    }
}
