package onestop.opportunities.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;

import onestop.opportunities.api.SearchHit;
import onestop.opportunities.api.SearchPage;
import onestop.platform.web.PageRequest;

/** The search queries, answered from this replica's index: one page of hits, and the counts. */
@ApplicationScoped
class IndexSearch {

    @Inject
    SearchIndex index;

    List<SearchHit> hits(SearchCriteria c, PageRequest paging) {
        return index.search(searcher -> {
            try {
                int wanted = paging.offset() + paging.size();
                TopFieldDocs top = searcher.search(IndexQuery.of(c, true, index.analyzer()), Math.max(1, wanted),
                        sort(c.sort()), c.sort() == SearchSort.RELEVANCE);
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>();
                for (int i = paging.offset(); i < top.scoreDocs.length; i++) {
                    ScoreDoc doc = top.scoreDocs[i];
                    hits.add(NoticeDocument.hit(stored.document(doc.doc)));
                }
                return hits;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every match counted: the facets, and the total from their status counts. */
    SearchPage.Facets facets(SearchCriteria c) {
        return index.search(searcher -> {
            try {
                FacetCounts counts = new FacetCounts(new HashSet<>(c.statuses().stream().map(Enum::name).toList()));
                searcher.search(IndexQuery.of(c, false, index.analyzer()), counts);
                return counts.facets();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
