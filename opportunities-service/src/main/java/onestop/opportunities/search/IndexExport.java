package onestop.opportunities.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;

import onestop.opportunities.api.SearchHit;

/**
 * Every match of a search written as CSV, row by row, from ONE snapshot of the index: the searcher is held
 * for the whole export and paged with searchAfter, so a harvester gets each match exactly once however the
 * index changes meanwhile, in constant memory (one batch of hits at a time).
 */
@ApplicationScoped
class IndexExport {

    /** Hits read per pass over the snapshot; bounds memory, not the export. */
    static final int BATCH = 500;

    @Inject
    SearchIndex index;

    void csv(SearchCriteria c, Writer out) {
        index.search(searcher -> {
            try {
                Sort sort = IndexSearch.sort(c.sort());
                Query query = IndexQuery.of(c, true, index.analyzer());
                boolean scores = c.sort() == SearchSort.RELEVANCE;
                out.write(SearchCsv.HEADER);
                out.write("\r\n");
                ScoreDoc after = null;
                while (true) {
                    TopFieldDocs docs = after == null ? searcher.search(query, BATCH, sort, scores)
                            : searcher.searchAfter(after, query, BATCH, sort, scores);
                    int[] batch = new int[docs.scoreDocs.length];
                    for (int i = 0; i < batch.length; i++) {
                        batch[i] = docs.scoreDocs[i].doc;
                    }
                    for (SearchHit hit : NoticeDocument.hits(searcher, batch)) {
                        out.write(SearchCsv.line(hit));
                    }
                    out.flush();
                    if (docs.scoreDocs.length < BATCH) {
                        return null;
                    }
                    after = (FieldDoc) docs.scoreDocs[docs.scoreDocs.length - 1];
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
