package onestop.opportunities.opendata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.cpv.CpvCodes;
import onestop.opportunities.cpv.CpvCatalogue;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.api.ImportOutcome;
import onestop.opportunities.api.OpportunityStatus;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/**
 * Loads OCDS releases (JSON lines) as notices, idempotently: one notice per {@code ocid}, the latest
 * release winning, so importing the same file twice changes nothing. Imported notices enter in the state
 * the source gives them (outside the buyer's lifecycle, and without alerts or events), with the notices that
 * state has published (a tender notice; a contract award notice once awarded).
 */
@ApplicationScoped
public class OcdsImport {

    @Inject
    ObjectMapper json;

    @Inject
    CpvCatalogue cpv;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    @Inject
    NoticeReleases published;

    /**
     * Loads the lines: each release read (refused with its reason when it cannot be placed), a procurement's
     * releases merged oldest first (delta releases fill in what earlier ones said), one notice per {@code ocid}. A
     * Find a Tender release is kept as the notice it published; a Contracts Finder one gets the notices its state
     * publishes here. Loading the same lines again changes nothing.
     */
    @Transactional
    public ImportOutcome load(String jsonLines, boolean asIfPublishedNow) {
        Instant now = clock.instant();
        Map<String, List<JsonNode>> byOcid = new LinkedHashMap<>();
        Map<JsonNode, JsonNode> asPublished = new IdentityHashMap<>();
        List<ImportOutcome.Refusal> refused = new ArrayList<>();
        int releases = 0;
        try (BufferedReader lines = new BufferedReader(new StringReader(jsonLines))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                releases++;
                JsonNode original = parse(line, number);
                Optional<String> refusal = FindATender.refusal(original);
                if (refusal.isPresent()) {
                    refused.add(new ImportOutcome.Refusal(number, original.path("ocid").asText(null),
                            original.path("id").asText(null), refusal.get()));
                    continue;
                }
                JsonNode release = FindATender.absentNothing(original);
                asPublished.put(release, original);
                byOcid.computeIfAbsent(release.path("ocid").asText(), k -> new ArrayList<>()).add(release);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int created = 0;
        int updated = 0;
        int skipped = 0;
        List<List<JsonNode>> procurements = new ArrayList<>(byOcid.values());
        procurements.forEach(group -> group.sort(Comparator.comparing(FindATender::date)));
        procurements.sort(Comparator.comparing(group -> FindATender.date(group.get(group.size() - 1))));
        for (List<JsonNode> group : procurements) {
            Optional<ImportedNotice> read = OcdsReleaseReader.read(FindATender.compiled(group), now);
            if (read.isEmpty()) {
                skipped += group.size();
                continue;
            }
            ImportedNotice notice = asIfPublishedNow ? read.get().movedTo(now) : read.get();
            Opportunity o = Opportunity.find("sourceOcid", notice.ocid()).firstResult();
            if (o == null) {
                o = new Opportunity();
                o.id = UUID.randomUUID();
                o.reference = notices.nextReference();
                o.sourceOcid = notice.ocid();
                o.createdAt = now;
                created++;
            } else {
                updated++;
            }
            write(o, notice, now);
            o.persist();
            boolean findATender = group.stream().anyMatch(r -> FindATender.noticeType(r).isPresent());
            if (findATender) {
                for (JsonNode release : group) {
                    published.keep(o, asPublished.get(release), FindATender.date(release));
                }
            } else {
                published.ensurePublished(o);
            }
        }
        return new ImportOutcome(releases, created, updated, skipped, refused);
    }

    private void write(Opportunity o, ImportedNotice n, Instant now) {
        o.title = n.title();
        o.description = n.description();
        o.buyer = n.buyer();
        o.sourceUrl = n.sourceUrl();
        o.type = n.type();
        o.status = n.status();
        List<String> codes = new ArrayList<>();
        for (String digits : n.cpvDigits()) {
            cpv.fullCode(digits).ifPresent(codes::add);
        }
        Set<String> unique = new LinkedHashSet<>(codes);
        o.cpvCodes = unique.toArray(String[]::new);
        o.cpvPrefixes = CpvCodes.prefixesOf(unique).toArray(String[]::new);
        o.valueMinPence = n.valueMinPence();
        o.valueMaxPence = n.valueMaxPence();
        o.location = n.location();
        o.postcode = n.postcode();
        o.publishedAt = n.publishedAt();
        o.closingAt = n.closingAt();
        o.smeSuitable = n.smeSuitable();
        o.vcseSuitable = n.vcseSuitable();
        o.closedAt = n.status() == OpportunityStatus.OPEN ? null : n.closingAt();
        o.awardedSupplierName = n.supplierName();
        o.awardedValuePence = n.awardValuePence();
        o.awardedAt = n.awardedAt();
        o.cancelReason = n.status() == OpportunityStatus.CANCELLED ? "Cancelled at source" : null;
        o.replaceContact(n.contact());
        o.category = n.terms().category();
        o.valueGrossPence = n.terms().valueGrossPence();
        o.aboveThreshold = n.terms().aboveThreshold();
        o.lots = OcdsLots.merge(o.lots(), n.terms().lots());
        o.updatedAt = now;
    }

    private JsonNode parse(String line, int number) {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("Line " + number + " is not a JSON release.",
                    List.of(new Problem.FieldError("line " + number, FieldCodes.INVALID, "is not well-formed JSON")));
        }
    }
}
