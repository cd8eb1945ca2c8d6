package onestop.opportunities.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

import onestop.opportunities.api.SearchHit;

/**
 * The mapping of a notice into the index: what is searched (title and description words), filtered
 * (keyword, point and flag fields, the same keys as the SQL columns), sorted and counted (doc values),
 * and shown (a {@link SearchHit} in a binary doc value, so a page is answered without the database).
 * The same mapping would be an OpenSearch index's (ADR 10).
 */
final class NoticeDocument {

    static final String ID = "id";
    /** A uuid ordered as PostgreSQL orders it (its bytes unsigned), as two signed longs: the high half, then the low. */
    static final String ID_HIGH = "id_high";
    static final String ID_LOW = "id_low";
    /** What a hit shows, encoded by {@link HitCodec}. */
    static final String HIT = "hit";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String BAND = "band";
    static final String CPV_PREFIX = "cpv_prefix";
    static final String CPV_DIVISION = "cpv_division";
    /**
     * The top of the value range (or the only figure) and its bottom, as the SQL coalesces them; a notice
     * without a value has the widest range, so that it passes every value filter unless it asks for
     * valued notices only ({@link #UNVALUED}).
     */
    static final String VALUE_HIGH = "value_high";
    static final String VALUE_LOW = "value_low";
    static final String UNVALUED = "unvalued";
    static final String VALUE = "value";
    static final String CLOSING = "closing";
    static final String PUBLISHED = "published";
    static final String SME = "sme";
    static final String VCSE = "vcse";
    static final String LOCATION_KEY = "location_key";
    static final String POSTCODE_KEY = "postcode_key";
    static final String BUYER_KEY = "buyer_key";
    /** The cascade (issue 21): a subcontract's parent contract, and the programme a notice is in. */
    static final String PARENT = "parent";
    static final String PROGRAMME = "programme";


    private NoticeDocument() {
    }

    /** A notice as read from the database: what a hit shows, and what is searched and filtered on. */
    record Row(SearchHit hit, String description, List<String> cpvPrefixes, UUID parentId, UUID programmeId) {
    }

    static Document of(Row row) {
        SearchHit h = row.hit();
        Document d = new Document();
        String id = h.id().toString();
        d.add(new StringField(ID, id, Field.Store.NO));
        // the last tie-break of every order, as in SQL: the uuid's bytes in order, as two numbers
        d.add(new NumericDocValuesField(ID_HIGH, h.id().getMostSignificantBits() ^ Long.MIN_VALUE));
        d.add(new NumericDocValuesField(ID_LOW, h.id().getLeastSignificantBits() ^ Long.MIN_VALUE));
        d.add(new BinaryDocValuesField(HIT, HitCodec.encode(h)));
        d.add(new TextField(TITLE, h.title(), Field.Store.NO));
        d.add(new TextField(DESCRIPTION, row.description(), Field.Store.NO));
        keyword(d, STATUS, h.status().name());
        keyword(d, TYPE, h.type().name());
        d.add(new SortedDocValuesField(BAND, new BytesRef(band(h).name())));
        for (String prefix : row.cpvPrefixes()) {
            d.add(new StringField(CPV_PREFIX, prefix, Field.Store.NO));
            if (prefix.length() == 2) {
                d.add(new SortedSetDocValuesField(CPV_DIVISION, new BytesRef(prefix)));
            }
        }
        Long high = h.valueMaxPence() != null ? h.valueMaxPence() : h.valueMinPence();
        Long low = h.valueMinPence() != null ? h.valueMinPence() : h.valueMaxPence();
        if (high == null) {
            d.add(new StringField(UNVALUED, "true", Field.Store.NO));
        } else {
            d.add(new NumericDocValuesField(VALUE, high));
        }
        range(d, VALUE_HIGH, high == null ? Long.MAX_VALUE : high);
        range(d, VALUE_LOW, low == null ? Long.MIN_VALUE : low);
        instant(d, CLOSING, h.closingAt(), true);
        instant(d, PUBLISHED, h.publishedAt(), false);
        d.add(new StringField(SME, Boolean.toString(h.smeSuitable()), Field.Store.NO));
        d.add(new StringField(VCSE, Boolean.toString(h.vcseSuitable()), Field.Store.NO));
        d.add(new StringField(BUYER_KEY, h.buyer().toLowerCase(Locale.ROOT), Field.Store.NO));
        if (h.location() != null) {
            d.add(new StringField(LOCATION_KEY, h.location().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (h.postcode() != null) {
            d.add(new StringField(POSTCODE_KEY, h.postcode().replace(" ", "").toUpperCase(Locale.ROOT), Field.Store.NO));
        }
        if (row.parentId() != null) {
            d.add(new StringField(PARENT, row.parentId().toString(), Field.Store.NO));
        }
        if (row.programmeId() != null) {
            d.add(new StringField(PROGRAMME, row.programmeId().toString(), Field.Store.NO));
        }
        return d;
    }

    /**
     * The hits of the given documents, in the order given. Read from the {@link #HIT} doc values, which
     * the index keeps uncompressed: stored fields decompressed a block for every hit of a page.
     */
    static List<SearchHit> hits(IndexSearcher searcher, int[] docs) throws IOException {
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i])); // doc values are read forwards only
        SearchHit[] hits = new SearchHit[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            if (leaf == null || docs[i] >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
                values = DocValues.getBinary(leaf.reader(), HIT);
            }
            if (!values.advanceExact(docs[i] - leaf.docBase)) {
                throw new IllegalStateException("an indexed notice without its hit");
            }
            hits[i] = HitCodec.decode(values.binaryValue());
        }
        return Arrays.asList(hits);
    }

    static ValueBand band(SearchHit h) {
        Long value = h.valueMaxPence() != null ? h.valueMaxPence() : h.valueMinPence();
        if (value == null) {
            return ValueBand.UNKNOWN;
        }
        for (ValueBand band : ValueBand.values()) {
            if (band != ValueBand.UNKNOWN && band.below != null && value < band.below) {
                return band;
            }
        }
        return ValueBand.OVER_5M;
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
        d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    /** A value filtered by range: points when the range leads the search, doc values when it only checks. */
    private static void range(Document d, String field, long value) {
        d.add(new LongPoint(field, value));
        d.add(new NumericDocValuesField(field, value));
    }

    private static void instant(Document d, String field, Instant at, boolean filtered) {
        if (at == null) {
            return;
        }
        long micros = micros(at);
        if (filtered) {
            range(d, field, micros);
        } else {
            d.add(new NumericDocValuesField(field, micros));
        }
    }

    /** Instants as microseconds, PostgreSQL's precision, so that ordering ties are the database's. */
    static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }
}
