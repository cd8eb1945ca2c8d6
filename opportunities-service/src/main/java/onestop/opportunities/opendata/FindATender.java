package onestop.opportunities.opendata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.procurement.NoticeType;

/**
 * What a Find a Tender release says that a Contracts Finder one does not: the notice type of its notice
 * ({@code documents[].noticeType}, wherever the document sits) and its legal basis. A release with a legal basis
 * other than the Procurement Act 2023 (an old-regime CELEX notice) or a notice type this service does not keep
 * cannot be placed in a procurement here, and is refused with the reason.
 */
final class FindATender {

    static final String ACT = "2023/54";

    private FindATender() {
    }

    /** The notice type the release publishes (the latest notice document it carries), if it names one. */
    static Optional<String> noticeType(JsonNode release) {
        List<JsonNode> documents = new ArrayList<>();
        release.path("planning").path("documents").forEach(documents::add);
        release.path("tender").path("documents").forEach(documents::add);
        for (String section : new String[] { "awards", "contracts" }) {
            release.path(section).forEach(item -> item.path("documents").forEach(documents::add));
        }
        String latest = null;
        String latestDate = "";
        for (JsonNode d : documents) {
            String published = d.path("datePublished").asText("");
            if (d.hasNonNull("noticeType") && published.compareTo(latestDate) >= 0) {
                latest = d.path("noticeType").asText();
                latestDate = published;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Why the release cannot be placed here, if it cannot. */
    static Optional<String> refusal(JsonNode release) {
        JsonNode basis = release.path("tender").path("legalBasis");
        if (basis.isObject() && !(basis.path("scheme").asText("").equals("UKPGA") && ACT.equals(basis.path("id")
                .asText()))) {
            return Optional.of("published under " + basis.path("scheme").asText("?") + " " + basis.path("id").asText("?")
                    + ", not the Procurement Act 2023: an old-regime notice has no procurement here");
        }
        Optional<String> type = noticeType(release);
        if (type.isPresent() && NoticeType.of(type.get()).isEmpty()) {
            return Optional.of("notice type " + type.get() + " is not one this service keeps");
        }
        if (release.path("ocid").asText("").isEmpty() || release.path("id").asText("").isEmpty()) {
            return Optional.of("a release needs its ocid and id");
        }
        return Optional.empty();
    }

    /** The release's date, for ordering the releases of one procurement. */
    static Instant date(JsonNode release) {
        try {
            return OffsetDateTime.parse(release.path("date").asText()).toInstant();
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    /** The release without what Find a Tender sends for nothing: explicit nulls and empty lists ({@code buyerID: []}). */
    static JsonNode absentNothing(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                JsonNode value = fields.next().getValue();
                strip(value);
                if (value.isNull() || value.isArray() && value.isEmpty()) {
                    fields.remove();
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : (ArrayNode) node) {
                strip(item);
            }
        }
    }

    /** One procurement's releases merged oldest first into what is known of it now (OCDS merge rules). */
    static ObjectNode compiled(Iterable<JsonNode> releasesOldestFirst) {
        ObjectNode compiled = null;
        for (JsonNode release : releasesOldestFirst) {
            if (compiled == null) {
                compiled = (ObjectNode) release.deepCopy();
            } else {
                OcdsRecords.merge(compiled, (ObjectNode) release);
            }
        }
        return compiled;
    }
}
