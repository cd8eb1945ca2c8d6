package onestop.opportunities.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.SearchHit;

/** The index's mapping of a notice on its own: what a hit shows comes back whole, and ties break as SQL's. */
class NoticeDocumentTest {

    private static final Instant CLOSING = Instant.parse("2027-01-15T12:00:00.123456Z");

    private static SearchHit hit(UUID id, boolean full) {
        return full
                ? new SearchHit(id, "BCC-2027-001", "Road resurfacing, Digbeth", "Resurfacing of three roads",
                        "Birmingham City Council", OpportunityType.TENDER, OpportunityStatus.OPEN,
                        List.of("45233142-6", "45000000-7"), 5_000_000L, 12_000_000L, "Birmingham", "B5 5RS", true,
                        false, Instant.parse("2026-12-01T09:30:00.654321Z"), CLOSING)
                : new SearchHit(id, null, "Courier services", null, "Birmingham City Council", OpportunityType.QUOTE,
                        OpportunityStatus.AWARDED, List.of(), null, null, null, null, false, true, null, CLOSING);
    }

    private static IndexSearcher index(List<SearchHit> hits) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new NoticeAnalyzer()))) {
            for (SearchHit h : hits) {
                writer.addDocument(NoticeDocument.of(new NoticeDocument.Row(h, "a description", List.of("45"), null,
                        null)));
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    @Test
    void aHitComesBackAsItWasIndexedWithItsEmptyFieldsEmpty() throws IOException {
        SearchHit full = hit(UUID.randomUUID(), true);
        SearchHit sparse = hit(UUID.randomUUID(), false);
        IndexSearcher searcher = index(List.of(full, sparse));
        // asked for in reverse document order: the hits come back in the order asked
        assertThat(NoticeDocument.hits(searcher, new int[] {1, 0})).containsExactly(sparse, full);
    }

    @Test
    void equalClosingDatesAreOrderedByIdAsPostgresqlOrdersUuids() throws IOException {
        // ids either side of the sign bit of each half, where a signed comparison would put them wrong
        List<UUID> ids = new ArrayList<>(List.of(UUID.fromString("ffffffff-0000-4000-8000-000000000000"),
                UUID.fromString("00000000-0000-4000-8000-000000000001"),
                UUID.fromString("80000000-0000-4000-8000-000000000000"),
                UUID.fromString("7fffffff-ffff-4fff-bfff-ffffffffffff"),
                UUID.fromString("00000000-0000-4000-0000-000000000001"),
                UUID.fromString("00000000-0000-4000-ffff-000000000001")));
        for (int i = 0; i < 20; i++) {
            ids.add(UUID.randomUUID());
        }
        List<SearchHit> hits = ids.stream().map(id -> hit(id, false)).toList();
        IndexSearcher searcher = index(hits);

        ScoreDoc[] docs = searcher.search(new MatchAllDocsQuery(), ids.size(), IndexSearch.sort(SearchSort.CLOSING))
                .scoreDocs;
        int[] order = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = docs[i].doc;
        }

        // PostgreSQL compares uuids byte by byte, which is the order of their lower-case text
        List<UUID> expected = ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();
        assertThat(NoticeDocument.hits(searcher, order).stream().map(SearchHit::id).toList())
                .containsExactlyElementsOf(expected);
    }
}
