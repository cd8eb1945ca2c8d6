package onestop.opportunities.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.SearchHit;

/**
 * A {@link SearchHit} as the bytes of one doc value: every field in the record's order, each optional one
 * behind a presence byte. The index lives only as long as the process, so the format needs no version.
 */
final class HitCodec {

    private HitCodec() {
    }

    static BytesRef encode(SearchHit h) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeLong(h.id().getMostSignificantBits());
            out.writeLong(h.id().getLeastSignificantBits());
            optional(out, h.reference());
            out.writeString(h.title());
            optional(out, h.summary());
            out.writeString(h.buyer());
            out.writeString(h.type().name());
            out.writeString(h.status().name());
            out.writeVInt(h.cpvCodes().size());
            for (String code : h.cpvCodes()) {
                out.writeString(code);
            }
            optional(out, h.valueMinPence());
            optional(out, h.valueMaxPence());
            optional(out, h.location());
            optional(out, h.postcode());
            out.writeByte((byte) ((h.smeSuitable() ? 1 : 0) | (h.vcseSuitable() ? 2 : 0)));
            optional(out, h.publishedAt() == null ? null : NoticeDocument.micros(h.publishedAt()));
            optional(out, h.closingAt() == null ? null : NoticeDocument.micros(h.closingAt()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory output does not fail
        }
        return new BytesRef(out.toArrayCopy());
    }

    static SearchHit decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        UUID id = new UUID(in.readLong(), in.readLong());
        String reference = optionalString(in);
        String title = in.readString();
        String summary = optionalString(in);
        String buyer = in.readString();
        OpportunityType type = OpportunityType.valueOf(in.readString());
        OpportunityStatus status = OpportunityStatus.valueOf(in.readString());
        int codeCount = in.readVInt();
        List<String> codes = new ArrayList<>(codeCount);
        for (int i = 0; i < codeCount; i++) {
            codes.add(in.readString());
        }
        Long valueMin = optionalLong(in);
        Long valueMax = optionalLong(in);
        String location = optionalString(in);
        String postcode = optionalString(in);
        byte flags = in.readByte();
        Instant published = instant(optionalLong(in));
        Instant closing = instant(optionalLong(in));
        return new SearchHit(id, reference, title, summary, buyer, type, status, List.copyOf(codes), valueMin,
                valueMax, location, postcode, (flags & 1) != 0, (flags & 2) != 0, published, closing);
    }

    private static void optional(ByteBuffersDataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static void optional(ByteBuffersDataOutput out, Long value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeZLong(value);
        }
    }

    private static String optionalString(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }

    private static Long optionalLong(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readZLong();
    }

    private static Instant instant(Long micros) {
        return micros == null ? null
                : Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
