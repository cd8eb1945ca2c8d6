package onestop.opportunities.opendata;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.api.BuyerContact;
import onestop.opportunities.api.Lot;
import onestop.opportunities.cpv.CpvCatalogue;
import onestop.opportunities.document.NoticeDocument;
import onestop.opportunities.opportunity.ContractAmendment;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.api.ProcurementCategory;
import onestop.opportunities.procurement.NoticeType;
import onestop.opportunities.response.SupplierResponse;
import onestop.opportunities.supplier.Supplier;
import onestop.platform.time.WorkingDayCalendar;

/**
 * A procurement's notices as OCDS 1.1 releases with the UK extension, as Find a Tender publishes them: one release
 * per notice version (ADR 8), numbered {@code nnnnnn-yyyy}, its notice as a document with {@code noticeType}, the
 * legal basis, {@code aboveThreshold}, values with {@code amountGross}, the standstill on the award; suitability for
 * SMEs and VCSEs in the {@code suitability} extension, the buyer contact as the buyer party's {@code contactPoint},
 * the notice's documents as the tender's {@code documents} (links to their download).
 */
@ApplicationScoped
public class OcdsReleases {

    static final String OCID_PREFIX = "ocds-onestop-";
    public static final String LICENSE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    public static final String UK_EXTENSION =
            "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json";
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

    @Inject
    OcdsRelatedProcesses related;

    /** The procurement's OCDS id: the source's for an imported notice, ours otherwise. */
    public static String ocid(Opportunity o) {
        return o.sourceOcid != null ? o.sourceOcid : OCID_PREFIX + o.reference;
    }

    /** The release a notice of {@code type} publishes, numbered {@code number}, from the procurement as it is now. */
    ObjectNode release(Opportunity o, NoticeType type, String number, Instant at, Map<String, String> descriptions,
            List<NoticeDocument> documents) {
        ObjectNode r = json.createObjectNode();
        r.put("ocid", ocid(o));
        r.put("id", number);
        r.put("date", at.toString());
        r.putArray("tag").add(type.tag());
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
        ObjectNode tender = tender(r, o, type, descriptions, documents);
        ArrayNode relatedProcesses = related.of(o); // the cascade: parent contract, subcontracts
        if (!relatedProcesses.isEmpty()) {
            r.set("relatedProcesses", relatedProcesses);
        }
        ObjectNode notice = json.createObjectNode().put("id", number).put("documentType", type.documentType())
                .put("noticeType", type.name()).put("title", type.title())
                .put("url", config.publicBaseUrl() + "/opportunities/" + o.id).put("datePublished", at.toString());
        switch (type) {
            case UK5, UK6, UK7, UK10, UK11 -> award(r, parties, o, type, notice);
            case UK1, UK2, UK3 -> planning(r, o, notice);
            default -> tender.withArray("documents").insert(0, notice);
        }
        return r;
    }

    private ObjectNode tender(ObjectNode r, Opportunity o, NoticeType type, Map<String, String> descriptions,
            List<NoticeDocument> documents) {
        ObjectNode tender = r.putObject("tender");
        tender.put("id", o.reference);
        tender.put("title", o.title);
        tender.put("description", o.description);
        String status = switch (type) {
            case UK5, UK6, UK7, UK10, UK11 -> "complete";
            case UK12 -> "cancelled";
            case UK1, UK2, UK3 -> "planning";
            default -> "active";
        };
        tender.put("status", status);
        tender.putObject("legalBasis").put("scheme", "UKPGA").put("id", "2023/54")
                .put("uri", "https://www.legislation.gov.uk/ukpga/2023/54/contents");
        if (o.aboveThreshold != null) {
            tender.put("aboveThreshold", o.aboveThreshold);
        }
        tender.put("mainProcurementCategory", o.category.ocds());
        if (o.category == ProcurementCategory.LIGHT_TOUCH) {
            tender.putArray("specialRegime").add("lightTouch");
        }
        if (o.valueMaxPence != null || o.valueMinPence != null) {
            money(tender.putObject("value"), o.valueMaxPence != null ? o.valueMaxPence : o.valueMinPence,
                    o.valueGrossPence);
        }
        if (o.valueMinPence != null && o.valueMaxPence != null) {
            money(tender.putObject("minValue"), o.valueMinPence, null);
        }
        ObjectNode period = tender.putObject("tenderPeriod");
        if (o.publishedAt != null) {
            period.put("startDate", o.publishedAt.toString());
            tender.put("datePublished", o.publishedAt.toString());
        }
        if (o.closingAt != null) {
            period.put("endDate", o.closingAt.toString());
        }
        if (o.directAwardGround != null) {
            tender.put("procurementMethod", "direct").put("procurementMethodRationale", o.directAwardJustification);
            tender.putArray("procurementMethodRationaleClassifications").addObject().put("scheme", "OneStop-Schedule5")
                    .put("id", o.directAwardGround.name());
        } else {
            tender.put("procurementMethod", "open");
        }
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
        OcdsLots.write(tender, o.lots(), status);
        if (!documents.isEmpty()) {
            ArrayNode docs = tender.putArray("documents");
            for (NoticeDocument d : documents) {
                docs.addObject().put("id", d.id.toString()).put("title", d.originalName)
                        .put("url", config.publicBaseUrl() + d.href()).put("format", d.mediaType)
                        .put("datePublished", d.uploadedAt.toString());
            }
        }
        return tender;
    }

    /** The planning of a preliminary market engagement notice: how the market is engaged, and until when. */
    private void planning(ObjectNode r, Opportunity o, ObjectNode notice) {
        ObjectNode planning = r.putObject("planning");
        if (o.engagementDescription != null) {
            ObjectNode engagement = planning.putArray("milestones").addObject().put("id", "engagement")
                    .put("type", "engagement").put("description", o.engagementDescription).put("status", "scheduled");
            if (o.engagementEndsOn != null) {
                engagement.put("dueDate", o.engagementEndsOn.plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE)
                        .toInstant().toString());
            }
        }
        planning.putArray("documents").add(notice);
    }

    /** The award of a contract award notice (pending, in standstill) or a contract details notice (active). */
    private void award(ObjectNode r, ArrayNode parties, Opportunity o, NoticeType type, ObjectNode notice) {
        Supplier profile = o.awardedBusinessId == null ? null : Supplier.findById(o.awardedBusinessId);
        String supplierName = o.awardedSupplierName == null ? "Unnamed supplier" : o.awardedSupplierName;
        String supplierId = supplierParty(parties.addObject(), profile, o, supplierName);
        ObjectNode award = r.putArray("awards").addObject();
        award.put("id", o.reference + "-award");
        award.put("status", (type == NoticeType.UK5 || type == NoticeType.UK6) && o.contract == null ? "pending"
                : "active");
        if (o.awardedAt != null) {
            award.put("date", o.awardedAt.toString());
        }
        if (o.awardedValuePence != null) {
            money(award.putObject("value"), o.awardedValuePence, null);
        }
        award.putArray("suppliers").addObject().put("id", supplierId).put("name", supplierName);
        if (!o.lots().isEmpty()) {
            // the lots of the notice the winning tender bid for (not one removed since); an imported award names none
            // of ours, so it covers every lot
            SupplierResponse winner = o.awardedResponseId == null ? null : SupplierResponse.findById(o.awardedResponseId);
            List<String> lots = o.lots().stream().map(Lot::id).toList();
            ArrayNode related = award.putArray("relatedLots");
            (winner != null ? winner.lotIds().stream().filter(lots::contains).toList() : lots).forEach(related::add);
        }
        if (o.standstillLastDay != null && o.awardedAt != null) {
            award.putObject("standstillPeriod").put("startDate", o.awardedAt.toString())
                    .put("endDate", o.standstillLastDay.plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE)
                            .toInstant().toString());
        }
        if (o.assessmentSummariesSentAt != null) {
            award.put("assessmentSummariesDateSent", o.assessmentSummariesSentAt.toString());
        }
        if (type == NoticeType.UK5 || type == NoticeType.UK6) {
            award.putArray("documents").add(notice);
            return;
        }
        ObjectNode contract = r.putArray("contracts").addObject();
        contract.put("id", o.reference + "-contract").put("awardID", o.reference + "-award")
                .put("status", o.contract.terminatedOn == null ? "active" : "terminated");
        if (o.contract.terminatedOn != null) {
            contract.put("statusDetails", o.contract.terminationReason);
        }
        if (!o.contract.changes().isEmpty()) {
            ArrayNode amendments = contract.putArray("amendments");
            for (ContractAmendment a : o.contract.changes()) {
                amendments.addObject().put("id", String.valueOf(a.number())).put("date", a.date().toString())
                        .put("description", a.description());
            }
        }
        if (o.contract.valuePence != null) {
            money(contract.putObject("value"), o.contract.valuePence, null);
        }
        contract.put("dateSigned", o.contract.signedOn.atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant()
                .toString());
        if (o.contract.startOn != null || o.contract.endOn != null || o.contract.terminatedOn != null) {
            ObjectNode period = contract.putObject("period");
            if (o.contract.startOn != null) {
                period.put("startDate", o.contract.startOn.atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant()
                        .toString());
            }
            LocalDate end = o.contract.terminatedOn != null ? o.contract.terminatedOn : o.contract.endOn;
            if (end != null) {
                period.put("endDate", end.atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant()
                        .toString());
            }
        }
        contract.putArray("documents").add(notice);
    }

    /**
     * The winner as a party, identified as Find a Tender identifies organisations: by its PPON ({@code GB-PPON}),
     * with its Companies House number ({@code GB-COH}) beside it; a supplier with neither by our own id.
     */
    private static String supplierParty(ObjectNode party, Supplier profile, Opportunity o, String name) {
        String ppon = profile == null ? null : profile.ppon;
        String company = profile == null ? null : profile.companyNumber;
        String id = ppon != null ? "GB-PPON-" + ppon : company != null ? "GB-COH-" + company
                : "GB-ONESTOP-" + (o.awardedBusinessId != null ? o.awardedBusinessId.toString() : slug(name));
        party.put("id", id).put("name", name);
        if (ppon != null) {
            party.putObject("identifier").put("scheme", "GB-PPON").put("id", ppon).put("legalName", name);
        } else if (company != null) {
            party.putObject("identifier").put("scheme", "GB-COH").put("id", company).put("legalName", name);
        }
        if (ppon != null && company != null) {
            party.putArray("additionalIdentifiers").addObject().put("scheme", "GB-COH").put("id", company);
        }
        party.putArray("roles").add("supplier");
        return id;
    }

    private static void classification(ObjectNode node, String code, Map<String, String> descriptions) {
        node.put("scheme", "CPV").put("id", code.substring(0, 8));
        if (descriptions.containsKey(code)) {
            node.put("description", descriptions.get(code));
        }
    }

    private static void money(ObjectNode node, long pence, Long grossPence) {
        node.put("amount", BigDecimal.valueOf(pence, 2)).put("currency", "GBP");
        if (grossPence != null) {
            node.put("amountGross", BigDecimal.valueOf(grossPence, 2));
        }
    }

    private static String slug(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
