package onestop.opportunities.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import onestop.opportunities.api.BuyerContact;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.ProcurementCategory;
import onestop.opportunities.procurement.NoticeType;

/**
 * Reads one OCDS 1.1 release (as Contracts Finder publishes them, or a procurement's releases compiled, as Find a
 * Tender publishes them) as a notice. A Find a Tender notice type says where the procurement is (planning notices
 * PLANNED, a tender notice OPEN or CLOSED, award and contract notices AWARDED, a termination CANCELLED). Without
 * one, planning releases are not notices and are left out; an award release gives an AWARDED notice; a tender is
 * OPEN until its tender period ends, CLOSED after.
 */
public final class OcdsReleaseReader {

    private OcdsReleaseReader() {
    }

    public static Optional<ImportedNotice> read(JsonNode release, Instant now) {
        JsonNode tender = release.path("tender");
        String tag = release.path("tag").path(0).asText("");
        String tenderStatus = tender.path("status").asText("");
        Optional<NoticeType> noticeType = FindATender.noticeType(release).flatMap(NoticeType::of);
        boolean planning = tag.startsWith("planning") || tenderStatus.equals("planning")
                || tenderStatus.equals("planned");
        if (planning && noticeType.isEmpty() || text(tender, "title") == null) {
            return Optional.empty();
        }
        Instant releaseDate = date(release.path("date"));
        Instant closingAt = date(tender.path("tenderPeriod").path("endDate"));
        JsonNode award = release.path("awards").path(0);
        OpportunityStatus status;
        if (noticeType.isPresent()) {
            status = statusOf(noticeType.get(), closingAt, now);
        } else if (!award.isMissingNode() || tag.startsWith("award") || tag.startsWith("contract")
                || tenderStatus.equals("complete")) {
            status = OpportunityStatus.AWARDED;
        } else if (tenderStatus.equals("cancelled") || tenderStatus.equals("withdrawn")
                || tenderStatus.equals("unsuccessful")) {
            status = OpportunityStatus.CANCELLED;
        } else {
            status = closingAt != null && closingAt.isAfter(now) ? OpportunityStatus.OPEN : OpportunityStatus.CLOSED;
        }
        String title = text(tender, "title");
        String method = tender.path("procurementMethodDetails").asText("") + " " + title;
        OpportunityType type = method.toLowerCase(Locale.ROOT).contains("framework") ? OpportunityType.FRAMEWORK
                : OpportunityType.TENDER;
        Long max = pence(tender.path("value").path("amount"));
        Long min = pence(tender.path("minValue").path("amount"));
        if (min != null && max != null && min > max) {
            min = null;
        }
        JsonNode buyerParty = buyerParty(release);
        String postcode = firstPostcode(tender);
        if (postcode == null) {
            postcode = text(buyerParty.path("address"), "postalCode");
        }
        String description = text(tender, "description");
        return Optional.of(new ImportedNotice(release.path("ocid").asText(),
                releaseDate == null ? now : releaseDate, title.strip(), description == null ? title : description,
                release.path("buyer").path("name").asText("Unknown buyer"), type, status, cpvDigits(tender), min, max,
                text(buyerParty.path("address"), "locality"), postcode(postcode),
                Optional.ofNullable(date(tender.path("datePublished"))).orElse(releaseDate), closingAt,
                tender.path("suitability").path("sme").asBoolean(false),
                tender.path("suitability").path("vcse").asBoolean(false),
                status == OpportunityStatus.AWARDED ? text(award.path("suppliers").path(0), "name") : null,
                status == OpportunityStatus.AWARDED ? pence(award.path("value").path("amount")) : null,
                status == OpportunityStatus.AWARDED
                        ? Optional.ofNullable(date(award.path("date"))).orElse(releaseDate) : null,
                contact(buyerParty.path("contactPoint")), terms(release), sourceUrl(release)));
    }

    /**
     * The notice's page at the service that published it, as a document of the release links it (Find a Tender
     * and Contracts Finder link their own notice pages from the tender, award or contract), preferring the tender's.
     */
    private static String sourceUrl(JsonNode release) {
        for (JsonNode documents : List.of(release.path("tender").path("documents"),
                release.path("awards").path(0).path("documents"), release.path("contracts").path(0).path("documents"))) {
            for (JsonNode document : documents) {
                String url = document.path("url").asText("");
                if (url.startsWith("https://www.find-tender.service.gov.uk/Notice/")
                        || url.startsWith("https://www.contractsfinder.service.gov.uk/Notice/")) {
                    return url;
                }
            }
        }
        return null;
    }

    /**
     * The category, value including VAT and threshold a release gives: on the tender, or (for award and contract
     * notices, which Find a Tender publishes without them on the tender) on the award or the contract.
     */
    private static ImportedNotice.Terms terms(JsonNode release) {
        JsonNode tender = release.path("tender");
        JsonNode award = release.path("awards").path(0);
        JsonNode contract = release.path("contracts").path(0);
        String main = first(tender.path("mainProcurementCategory"), award.path("mainProcurementCategory"));
        boolean lightTouch = false;
        for (JsonNode regime : tender.path("specialRegime")) {
            lightTouch |= regime.asText().equals("lightTouch");
        }
        ProcurementCategory category = lightTouch ? ProcurementCategory.LIGHT_TOUCH : switch (main == null ? "" : main) {
            case "goods" -> ProcurementCategory.GOODS;
            case "works" -> ProcurementCategory.WORKS;
            default -> ProcurementCategory.SERVICES;
        };
        JsonNode threshold = tender.path("aboveThreshold").isBoolean() ? tender.path("aboveThreshold")
                : award.path("aboveThreshold").isBoolean() ? award.path("aboveThreshold") : contract.path("aboveThreshold");
        return new ImportedNotice.Terms(category, pence(tender.path("value").path("amountGross")),
                threshold.isBoolean() ? threshold.asBoolean() : null, OcdsLots.read(tender));
    }

    private static String first(JsonNode... candidates) {
        for (JsonNode c : candidates) {
            if (c.isTextual()) {
                return c.asText();
            }
        }
        return null;
    }

    /** Where the Act's notice puts a procurement: planning, tendering, awarded (and contracted), or abandoned. */
    private static OpportunityStatus statusOf(NoticeType type, Instant closingAt, Instant now) {
        if (type.isPlanning()) {
            return OpportunityStatus.PLANNED;
        }
        return switch (type) {
            case UK4 -> closingAt != null && closingAt.isAfter(now) ? OpportunityStatus.OPEN : OpportunityStatus.CLOSED;
            case UK12 -> OpportunityStatus.CANCELLED;
            default -> OpportunityStatus.AWARDED;
        };
    }

    /** The buyer's contact point, if it gives a way to reach someone; unnamed, it is the buyer's. */
    private static BuyerContact contact(JsonNode point) {
        String email = text(point, "email");
        String telephone = text(point, "telephone");
        if (email == null && telephone == null) {
            return null;
        }
        String name = text(point, "name");
        return new BuyerContact(name == null ? "Procurement team" : name.replaceAll("\\s+", " "), email, telephone);
    }

    private static List<String> cpvDigits(JsonNode tender) {
        List<String> codes = new ArrayList<>();
        addCpv(tender.path("classification"), codes);
        tender.path("additionalClassifications").forEach(c -> addCpv(c, codes));
        tender.path("items").forEach(item -> {
            addCpv(item.path("classification"), codes);
            item.path("additionalClassifications").forEach(c -> addCpv(c, codes));
        });
        return codes;
    }

    private static void addCpv(JsonNode classification, List<String> codes) {
        String id = classification.path("id").asText("");
        if (classification.path("scheme").asText("").equalsIgnoreCase("CPV") && id.length() >= 8) {
            String digits = id.substring(0, 8);
            if (digits.chars().allMatch(Character::isDigit) && !codes.contains(digits)) {
                codes.add(digits);
            }
        }
    }

    private static JsonNode buyerParty(JsonNode release) {
        String buyerId = release.path("buyer").path("id").asText("");
        for (JsonNode party : release.path("parties")) {
            if (party.path("id").asText("").equals(buyerId)) {
                return party;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String firstPostcode(JsonNode tender) {
        for (JsonNode item : tender.path("items")) {
            for (JsonNode address : item.path("deliveryAddresses")) {
                String postcode = text(address, "postalCode");
                if (postcode != null) {
                    return postcode;
                }
            }
        }
        return null;
    }

    private static String postcode(String text) {
        if (text == null) {
            return null;
        }
        String p = text.strip().toUpperCase(Locale.ROOT);
        return p.matches("[A-Z]{1,2}[0-9][A-Z0-9]?( ?[0-9][A-Z]{2})?") ? p : null;
    }

    private static Long pence(JsonNode amount) {
        if (!amount.isNumber() && !amount.isTextual()) {
            return null;
        }
        try {
            return new BigDecimal(amount.asText()).movePointRight(2).longValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant date(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText()).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
