package onestop.opportunities.opendata;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.OpportunitiesConfig;
import onestop.platform.web.Cursor;

/** The stored releases (ADR 8) as OCDS release packages: every notice since a time, or one procurement's. */
@ApplicationScoped
public class OcdsPackages {

    @Inject
    ObjectMapper json;

    @Inject
    OpportunitiesConfig config;

    @Inject
    Clock clock;

    /**
     * The package of the notices published after {@code cursor}, or if none since {@code since} (from the first if
     * null too), in the order they were published, at most {@code limit}: each exactly as it was published; and
     * the cursor of its last release, null when it has none. Releases are only ever inserted, at the time they are
     * published, so paging on with the cursor never misses or repeats one while others are published.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paged after(Cursor cursor, Instant since, int limit) {
        List<NoticeRelease> published = cursor == null
                ? NoticeRelease.<NoticeRelease>find("publishedAt >= ?1 order by publishedAt, noticeNumber, id",
                        since == null ? Instant.EPOCH : since).page(0, limit).list()
                : NoticeRelease.<NoticeRelease>find("publishedAt > ?1 or (publishedAt = ?1 and (noticeNumber > ?2 "
                        + "or (noticeNumber = ?2 and id > ?3))) order by publishedAt, noticeNumber, id",
                        cursor.at(), key(cursor)[0], UUID.fromString(key(cursor)[1])).page(0, limit).list();
        NoticeRelease last = published.isEmpty() ? null : published.get(published.size() - 1);
        String uri = config.publicBaseUrl() + "/api/opportunities/ocds/releases"
                + (since == null || cursor != null ? "" : "?since=" + since);
        return new Paged(pack(uri, published),
                last == null ? null : new Cursor(last.publishedAt, last.noticeNumber + " " + last.id));
    }

    /** A page of the feed and where the next one starts. */
    public record Paged(ObjectNode releasePackage, Cursor last) {
    }

    // the cursor's id is the tie-breakers after the time: the notice number, then the row's id
    private static String[] key(Cursor cursor) {
        int space = cursor.id().lastIndexOf(' ');
        try {
            String[] key = { cursor.id().substring(0, space), cursor.id().substring(space + 1) };
            UUID.fromString(key[1]);
            return key;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw Cursor.invalid();
        }
    }

    /** The package of one procurement's notices, oldest first; empty if it published none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode of(String ocid) {
        List<NoticeRelease> published = NoticeRelease.<NoticeRelease>find(
                "ocid = ?1 order by publishedAt, noticeNumber", ocid).list();
        return pack(config.publicBaseUrl() + "/api/opportunities/ocds/releases/" + ocid, published);
    }

    private ObjectNode pack(String uri, List<NoticeRelease> published) {
        ObjectNode pkg = json.createObjectNode();
        pkg.put("uri", uri);
        pkg.put("version", "1.1");
        pkg.putArray("extensions").add(OcdsReleases.SUITABILITY_EXTENSION).add(OcdsReleases.UK_EXTENSION);
        pkg.put("publishedDate", clock.instant().toString());
        pkg.putObject("publisher").put("name", "OneStop opportunities").put("uri", config.publicBaseUrl());
        pkg.put("license", OcdsReleases.LICENSE);
        ArrayNode releases = pkg.putArray("releases");
        for (NoticeRelease n : published) {
            try {
                releases.add(json.readTree(n.release));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored release " + n.noticeNumber + " is not JSON", e);
            }
        }
        return pkg;
    }

}
