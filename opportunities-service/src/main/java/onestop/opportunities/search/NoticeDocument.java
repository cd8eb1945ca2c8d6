package onestop.opportunities.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.SearchHit;

/**
 * The mapping of a notice into the index: what is searched (title and description words), filtered
 * (keyword, point and flag fields, the same keys as the SQL columns), sorted and counted (doc values),
 * and shown (the stored fields of a {@link SearchHit}, so a page is answered without the database).
 * The same mapping would be an OpenSearch index's (ADR 10).
 */
final class NoticeDocument {

    static final String ID = "id";
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

    private static final String CPV_CODE = "cpv_code";
    private static final String REFERENCE = "reference";
    private static final String SUMMARY = "summary";
    private static final String BUYER = "buyer";
    private static final String VALUE_MIN = "value_min";
    private static final String VALUE_MAX = "value_max";
    private static final String LOCATION = "location";
    private static final String POSTCODE = "postcode";

    private NoticeDocument() {
    }

    /** A notice as read from the database: what a hit shows, and what is searched and filtered on. */
    record Row(SearchHit hit, String description, List<String> cpvPrefixes, UUID parentId, UUID programmeId) {
    }

    static Document of(Row row) {
        SearchHit h = row.hit();
        Document d = new Document();
        String id = h.id().toString();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new SortedDocValuesField(ID, new BytesRef(id))); // the last tie-break of every order, as in SQL
        d.add(new TextField(TITLE, h.title(), Field.Store.YES));
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
        for (String code : h.cpvCodes()) {
            d.add(new StoredField(CPV_CODE, code));
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
        d.add(new StringField(SME, Boolean.toString(h.smeSuitable()), Field.Store.YES));
        d.add(new StringField(VCSE, Boolean.toString(h.vcseSuitable()), Field.Store.YES));
        d.add(new StringField(BUYER_KEY, h.buyer().toLowerCase(Locale.ROOT), Field.Store.NO));
        stored(d, REFERENCE, h.reference());
        stored(d, SUMMARY, h.summary());
        stored(d, BUYER, h.buyer());
        stored(d, LOCATION, h.location());
        stored(d, POSTCODE, h.postcode());
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
        if (h.valueMinPence() != null) {
            d.add(new StoredField(VALUE_MIN, h.valueMinPence()));
        }
        if (h.valueMaxPence() != null) {
            d.add(new StoredField(VALUE_MAX, h.valueMaxPence()));
        }
        return d;
    }

    static SearchHit hit(Document d) {
        List<String> codes = new ArrayList<>();
        for (IndexableField code : d.getFields(CPV_CODE)) {
            codes.add(code.stringValue());
        }
        return new SearchHit(UUID.fromString(d.get(ID)), d.get(REFERENCE), d.get(TITLE), d.get(SUMMARY), d.get(BUYER),
                OpportunityType.valueOf(d.get(TYPE)), OpportunityStatus.valueOf(d.get(STATUS)), List.copyOf(codes),
                number(d, VALUE_MIN), number(d, VALUE_MAX), d.get(LOCATION), d.get(POSTCODE),
                Boolean.parseBoolean(d.get(SME)), Boolean.parseBoolean(d.get(VCSE)), time(d, PUBLISHED),
                time(d, CLOSING));
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
        d.add(new StringField(field, value, Field.Store.YES));
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
        d.add(new StoredField(field, micros));
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

    private static void stored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    private static Long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? null : f.numericValue().longValue();
    }

    private static Instant time(Document d, String field) {
        IndexableField f = d.getField(field);
        if (f == null) {
            return null;
        }
        long micros = f.numericValue().longValue();
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
