package onestop.opportunities.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.IOUtils;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.api.OpportunityStatus;

/**
 * This replica's search index, its read model of the public notices (ADR 10). Built from PostgreSQL at
 * start, then kept current by {@link #catchUp()}: right after each of this service's own commits that
 * touch a notice ({@link NoticeChanges}), and every half second for the writes of other replicas. The index
 * lives in memory-mapped files in a temporary directory (off the heap) and is thrown away at shutdown.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final int BATCH = 1000;

    @Inject
    NoticeRows rows;

    @Inject
    OpportunitiesConfig config;

    private final NoticeAnalyzer analyzer = new NoticeAnalyzer();
    private final SegmentFacets.Cache facets = new SegmentFacets.Cache();
    /** The transaction that last wrote each indexed notice, so a look at recent writes re-reads only changes. */
    private final Map<UUID, Long> indexedXid = new ConcurrentHashMap<>();
    private Path dir;
    private MMapDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    /** Every transaction below it was seen by the last look; guarded by {@code this}. */
    private long horizon;
    /** Quarkus' scheduler runs nothing more often than once a second: the look has its own thread. */
    private final ScheduledExecutorService looks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index-catch-up");
        thread.setDaemon(true);
        return thread;
    });

    void build(@Observes StartupEvent start) throws IOException {
        long started = System.nanoTime();
        dir = Files.createTempDirectory("onestop-search-");
        directory = new MMapDirectory(dir);
        // sorted by status, so that a search scores only the statuses it shows (IndexSearch)
        IndexWriterConfig writing = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(32)
                .setIndexSort(new Sort(new SortField(NoticeDocument.STATUS, SortField.Type.STRING)));
        writer = new IndexWriter(directory, writing);
        synchronized (this) {
            horizon = rows.horizon();
            rows.all(this::add);
            // one segment: every search pays per segment (its term lookups, its scorers' buffers)
            writer.forceMerge(1);
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    facets.warm(reader);
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setQueryCache(null); // nothing remembered between searches, filters included
                    return searcher;
                }
            });
        }
        LOG.infof("Search index built from %d notices in %d ms", writer.getDocStats().numDocs,
                (System.nanoTime() - started) / 1_000_000);
        long every = config.search().catchUpEvery().toMillis();
        looks.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code search} on the latest view of the index. */
    <T> T search(Function<IndexSearcher, T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    NoticeAnalyzer analyzer() {
        return analyzer;
    }

    SegmentFacets.Cache facets() {
        return facets;
    }

    /**
     * Applies every notice written since the last look, whichever replica wrote it, and makes it
     * searchable. Idempotent: a notice already indexed as its last transaction wrote it is skipped.
     */
    public synchronized void catchUp() {
        if (searchers == null) {
            return; // still building: the build reads everything
        }
        long next = rows.horizon();
        List<UUID> changed = new ArrayList<>();
        rows.writtenSince(horizon).forEach((id, xid) -> {
            if (!xid.equals(indexedXid.get(id))) {
                changed.add(id);
            }
        });
        for (int i = 0; i < changed.size(); i += BATCH) {
            rows.byIds(changed.subList(i, Math.min(changed.size(), i + BATCH)), this::apply);
        }
        horizon = next;
        if (!changed.isEmpty()) {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void poll() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warnf("Search index catch-up failed, next look retries: %s", e.getMessage());
        }
    }

    /** The first build: a fresh index, so no notice needs looking up and replacing. */
    private void add(NoticeRows.Change change) {
        if (change.status() == OpportunityStatus.DRAFT) {
            return;
        }
        try {
            writer.addDocument(NoticeDocument.of(change.row()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        indexedXid.put(change.row().hit().id(), change.xid());
    }

    private void apply(NoticeRows.Change change) {
        UUID id = change.row().hit().id();
        try {
            Term key = new Term(NoticeDocument.ID, id.toString());
            if (change.status() == OpportunityStatus.DRAFT) {
                writer.deleteDocuments(key); // drafts are not public
            } else {
                writer.updateDocument(key, NoticeDocument.of(change.row()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        indexedXid.put(id, change.xid());
    }

    @PreDestroy
    void close() throws IOException {
        looks.shutdownNow();
        IOUtils.close(searchers, writer, directory);
        if (dir != null) {
            IOUtils.rm(dir);
        }
    }
}
