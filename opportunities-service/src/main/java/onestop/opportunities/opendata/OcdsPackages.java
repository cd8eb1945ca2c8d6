package onestop.opportunities.opendata;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.OpportunitiesConfig;

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
     * The package of the notices published since {@code since} (all if null), in the order they were published, at
     * most {@code limit}: each exactly as it was published.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode since(Instant since, int limit) {
        List<NoticeRelease> published = NoticeRelease.<NoticeRelease>find(
                "publishedAt >= ?1 order by publishedAt, noticeNumber", since == null ? Instant.EPOCH : since)
                .page(0, limit).list();
        return pack(config.publicBaseUrl() + "/api/opportunities/ocds/releases" + (since == null ? "" : "?since="
                + since), published);
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
