package onestop.opportunities.opendata;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.api.BuyerContact;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.cpv.CpvCatalogue;
import onestop.opportunities.document.NoticeDocument;
import onestop.opportunities.opportunity.Opportunity;

/**
 * Published and awarded notices as an OCDS 1.1 release package: one release per notice in its current
 * state (tag {@code tender}, or {@code award} once awarded), suitability for SMEs and VCSEs in the
 * {@code suitability} extension, the buyer contact as the buyer party's {@code contactPoint}, the notice's
 * documents as the tender's {@code documents} (links to their download).
 */
@ApplicationScoped
public class OcdsReleases {

    static final String OCID_PREFIX = "ocds-onestop-";
    static final String LICENSE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    static final String SUITABILITY_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_suitability_extension/master/extension.json";

    @Inject
    ObjectMapper json;

    @Inject
    CpvCatalogue cpv;

    @Inject
    OpportunitiesConfig config;

    @Inject
    Clock clock;

    /** The package of notices changed since {@code since} (all if null), oldest change first, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode since(Instant since, int limit) {
        List<Opportunity> notices = Opportunity.<Opportunity>find(
                "status <> ?1 and updatedAt >= ?2 order by updatedAt, id", OpportunityStatus.DRAFT,
                since == null ? Instant.EPOCH : since).page(0, limit).list();
        Set<String> codes = new HashSet<>();
        notices.forEach(o -> codes.addAll(List.of(o.cpvCodes)));
        Map<String, String> descriptions = cpv.descriptions(codes);
        ObjectNode pkg = json.createObjectNode();
        pkg.put("uri", config.publicBaseUrl() + "/api/opportunities/ocds/releases"
                + (since == null ? "" : "?since=" + since));
        pkg.put("version", "1.1");
        pkg.putArray("extensions").add(SUITABILITY_EXTENSION);
        pkg.put("publishedDate", clock.instant().toString());
        pkg.putObject("publisher").put("name", "OneStop opportunities").put("uri", config.publicBaseUrl());
        pkg.put("license", LICENSE);
        ArrayNode releases = pkg.putArray("releases");
        Map<UUID, List<NoticeDocument>> documents = NoticeDocument.ofAll(notices.stream().map(o -> o.id).toList());
        notices.forEach(o -> releases.add(release(o, descriptions, documents.getOrDefault(o.id, List.of()))));
        return pkg;
    }

    ObjectNode release(Opportunity o, Map<String, String> descriptions, List<NoticeDocument> documents) {
        ObjectNode r = json.createObjectNode();
        boolean awarded = o.status == OpportunityStatus.AWARDED;
        r.put("ocid", o.sourceOcid != null ? o.sourceOcid : OCID_PREFIX + o.reference);
        r.put("id", o.reference + "-" + o.updatedAt.toEpochMilli());
        r.put("date", o.updatedAt.toString());
        r.putArray("tag").add(awarded ? "award" : "tender");
        r.put("initiationType", "tender");
        r.put("language", "en");
        String buyerId = "GB-ONESTOP-" + slug(o.buyer);
        ArrayNode parties = r.putArray("parties");
        ObjectNode buyerParty = parties.addObject().put("id", buyerId).put("name", o.buyer);
        buyerParty.putArray("roles").add("buyer");
        BuyerContact contact = o.contact();
        if (contact != null) {
            ObjectNode point = buyerParty.putObject("contactPoint").put("name", contact.name());
            if (contact.email() != null) {
                point.put("email", contact.email());
            }
            if (contact.telephone() != null) {
                point.put("telephone", contact.telephone());
            }
        }
        r.putObject("buyer").put("id", buyerId).put("name", o.buyer);
        ObjectNode tender = r.putObject("tender");
        tender.put("id", o.reference);
        tender.put("title", o.title);
        tender.put("description", o.description);
        tender.put("status", switch (o.status) {
            case AWARDED -> "complete";
            case CANCELLED -> "cancelled";
            default -> "active";
        });
        if (o.valueMaxPence != null || o.valueMinPence != null) {
            money(tender.putObject("value"), o.valueMaxPence != null ? o.valueMaxPence : o.valueMinPence);
        }
        if (o.valueMinPence != null && o.valueMaxPence != null) {
            money(tender.putObject("minValue"), o.valueMinPence);
        }
        ObjectNode period = tender.putObject("tenderPeriod");
        if (o.publishedAt != null) {
            period.put("startDate", o.publishedAt.toString());
            tender.put("datePublished", o.publishedAt.toString());
        }
        if (o.closingAt != null) {
            period.put("endDate", o.closingAt.toString());
        }
        tender.put("procurementMethod", "open");
        if (o.cpvCodes.length > 0) {
            ObjectNode item = tender.putArray("items").addObject().put("id", "1");
            classification(item.putObject("classification"), o.cpvCodes[0], descriptions);
            if (o.cpvCodes.length > 1) {
                ArrayNode more = item.putArray("additionalClassifications");
                for (int i = 1; i < o.cpvCodes.length; i++) {
                    classification(more.addObject(), o.cpvCodes[i], descriptions);
                }
            }
        }
        tender.putObject("suitability").put("sme", o.smeSuitable).put("vcse", o.vcseSuitable);
        if (!documents.isEmpty()) {
            ArrayNode docs = tender.putArray("documents");
            for (NoticeDocument d : documents) {
                docs.addObject().put("id", d.id.toString()).put("title", d.originalName)
                        .put("url", config.publicBaseUrl() + d.href()).put("format", d.mediaType)
                        .put("datePublished", d.uploadedAt.toString());
            }
        }
        if (awarded) {
            String supplierId = "GB-ONESTOP-" + (o.awardedBusinessId != null ? o.awardedBusinessId.toString()
                    : slug(String.valueOf(o.awardedSupplierName)));
            String supplierName = o.awardedSupplierName == null ? "Unnamed supplier" : o.awardedSupplierName;
            parties.addObject().put("id", supplierId).put("name", supplierName).putArray("roles").add("supplier");
            ObjectNode award = r.putArray("awards").addObject();
            award.put("id", o.reference + "-award");
            award.put("status", "active");
            if (o.awardedAt != null) {
                award.put("date", o.awardedAt.toString());
            }
            if (o.awardedValuePence != null) {
                money(award.putObject("value"), o.awardedValuePence);
            }
            award.putArray("suppliers").addObject().put("id", supplierId).put("name", supplierName);
        }
        return r;
    }

    private static void classification(ObjectNode node, String code, Map<String, String> descriptions) {
        node.put("scheme", "CPV").put("id", code.substring(0, 8));
        if (descriptions.containsKey(code)) {
            node.put("description", descriptions.get(code));
        }
    }

    private static void money(ObjectNode node, long pence) {
        node.put("amount", BigDecimal.valueOf(pence, 2)).put("currency", "GBP");
    }

    private static String slug(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
