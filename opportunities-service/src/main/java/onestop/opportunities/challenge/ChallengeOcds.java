package onestop.opportunities.challenge;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.opendata.OcdsReleases;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.supplier.Supplier;

/**
 * A challenge in OCDS 1.1: one lot per phase (the stages after the challenge is defined, each with what it asks),
 * and one award per supplier funded at a decided stage, its {@code relatedLots} naming the phase it funds — the
 * lots are how OCDS (and the UK profile) models parts of one procurement awarded separately.
 */
@ApplicationScoped
public class ChallengeOcds {

    @Inject
    ObjectMapper json;

    @Inject
    OpportunitiesConfig config;

    @Inject
    Clock clock;

    ObjectNode releasePackage(Opportunity o) {
        ChallengeTerms terms = ChallengeTerms.findById(o.id);
        ObjectNode pkg = json.createObjectNode();
        pkg.put("uri", config.publicBaseUrl() + "/api/opportunities/opportunities/" + o.id + "/challenge/ocds");
        pkg.put("version", "1.1");
        pkg.putArray("extensions").add(OcdsReleases.UK_EXTENSION);
        pkg.put("publishedDate", clock.instant().toString());
        pkg.putObject("publisher").put("name", "OneStop opportunities").put("uri", config.publicBaseUrl());
        pkg.put("license", OcdsReleases.LICENSE);
        ObjectNode r = pkg.putArray("releases").addObject();
        r.put("ocid", OcdsReleases.ocid(o));
        r.put("id", o.reference + "-challenge-" + o.challengeStage.name().toLowerCase().replace('_', '-'));
        r.put("date", clock.instant().toString());
        List<StageDecision> funded = StageDecision.list("opportunityId = ?1 and fundingPence > 0 order by decidedAt",
                o.id);
        ArrayNode tag = r.putArray("tag").add("tenderUpdate");
        if (!funded.isEmpty()) {
            tag.add("award");
        }
        r.put("initiationType", "tender");
        r.put("language", "en");
        String buyerId = "GB-ONESTOP-" + o.buyer.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        ArrayNode parties = r.putArray("parties");
        parties.addObject().put("id", buyerId).put("name", o.buyer).putArray("roles").add("buyer");
        r.putObject("buyer").put("id", buyerId).put("name", o.buyer);
        ObjectNode tender = r.putObject("tender").put("id", o.reference).put("title", o.title)
                .put("description", o.description).put("status", "active");
        tender.put("procurementMethod", "selective").put("procurementMethodDetails",
                (terms != null && terms.sbri ? "SBRI" : "Challenge-led") + " procurement in phases");
        if (terms != null) {
            tender.putObject("value").put("amount", terms.budgetPence / 100.0).put("currency", "GBP");
            tender.put("submissionMethodDetails", "Intellectual property: " + terms.ipPosition);
        }
        ArrayNode lots = tender.putArray("lots");
        for (ChallengeStage stage : ChallengeStage.values()) {
            if (stage == ChallengeStage.CHALLENGE_DEFINED) {
                continue;
            }
            ChallengeAskRow ask = ChallengeAskRow.find("opportunityId = ?1 and stage = ?2", o.id, stage).firstResult();
            ObjectNode lot = lots.addObject().put("id", stage.name()).put("title", phase(stage));
            lot.put("status", stage.ordinal() < o.challengeStage.ordinal() ? "complete"
                    : stage == o.challengeStage ? "active" : "planning");
            if (ask != null) {
                lot.put("description", "Asks for: " + ask.asked.name().toLowerCase().replace('_', ' ')
                        + ", by " + ask.deadline);
            }
        }
        Set<String> supplierParties = new LinkedHashSet<>();
        ArrayNode awards = r.putArray("awards");
        for (StageDecision d : funded) {
            Supplier s = Supplier.findById(d.businessId);
            String supplierId = "GB-ONESTOP-" + d.businessId;
            String name = s == null ? "Unnamed supplier" : s.name;
            ObjectNode award = awards.addObject().put("id", o.reference + "-" + d.stage + "-" + d.businessId)
                    .put("title", "Funding after the " + phase(d.stage) + " phase").put("status", "active")
                    .put("date", d.decidedAt.toString());
            award.putObject("value").put("amount", d.fundingPence / 100.0).put("currency", "GBP");
            award.putArray("suppliers").addObject().put("id", supplierId).put("name", name);
            award.putArray("relatedLots").add(d.stage.name());
            if (supplierParties.add(supplierId)) {
                parties.addObject().put("id", supplierId).put("name", name).putArray("roles").add("supplier");
            }
        }
        return pkg;
    }

    private static String phase(ChallengeStage stage) {
        String words = stage.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
