package onestop.opportunities.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

import onestop.opportunities.api.SearchHit;
import onestop.opportunities.api.SearchPage;
import onestop.platform.web.PageRequest;

/**
 * A search answered from this replica's index in one pass over the matches of the search without its
 * status filter: each match is counted in the facets, and those of a searched status compete for the page.
 */
@ApplicationScoped
class IndexSearch {

    record Result(List<SearchHit> hits, SearchPage.Facets facets) {
    }

    @Inject
    SearchIndex index;

    Result search(SearchCriteria c, PageRequest paging) {
        return index.search(searcher -> {
            try {
                FacetCounts counts = new FacetCounts(new HashSet<>(c.statuses().stream().map(Enum::name).toList()));
                // every hit is counted (no threshold): the collector never asks the query to skip matches,
                // which the facets need to see
                TopFieldCollector top = new TopFieldCollectorManager(sort(c.sort()),
                        Math.max(1, paging.offset() + paging.size()), null, Integer.MAX_VALUE, false).newCollector();
                searcher.search(IndexQuery.of(c, false, index.analyzer()), new OnePass(counts, top,
                        c.sort() == SearchSort.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES));
                TopFieldDocs docs = top.topDocs();
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>();
                for (int i = paging.offset(); i < docs.scoreDocs.length; i++) {
                    ScoreDoc doc = docs.scoreDocs[i];
                    hits.add(NoticeDocument.hit(stored.document(doc.doc)));
                }
                return new Result(hits, counts.facets());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Counts every match and passes those of a searched status on to the page's collector. */
    private record OnePass(FacetCounts counts, TopFieldCollector top, ScoreMode scoreMode) implements Collector {

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FacetCounts.Leaf leaf = counts.leaf(context);
            LeafCollector page = top.getLeafCollector(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    page.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (leaf.collect(doc)) {
                        page.collect(doc);
                    }
                }
            };
        }
    }

    /** The orders of {@link SearchSort}, each ending with the id as SQL's did, so that ties are stable. */
    static Sort sort(SearchSort sort) {
        SortField id = new SortField(NoticeDocument.ID, SortField.Type.STRING);
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, closing(), id);
            case CLOSING -> new Sort(closing(), id);
            case PUBLISHED -> new Sort(missingFirstDescending(NoticeDocument.PUBLISHED), id);
            case VALUE -> new Sort(missingLastDescending(NoticeDocument.VALUE), id);
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
