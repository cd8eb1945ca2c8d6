package onestop.opportunities.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.ProgrammeView;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.supplier.Supplier;

/**
 * A programme's landing page: every public contract and subcontract in it (each contract followed by the
 * subcontracts under it), and the local and SME shares of what was awarded, by value and by count
 * ({@link LocalSuppliers} says who counts).
 */
@ApplicationScoped
public class ProgrammeFigures {

    ProgrammeView view(Programme p) {
        List<Opportunity> notices = inProgramme(p.id);
        List<ProgrammeView.Entry> entries = new ArrayList<>();
        Tally tally = new Tally();
        for (Opportunity o : notices) {
            Supplier s = o.awardedBusinessId == null ? null : Supplier.findById(o.awardedBusinessId);
            boolean awarded = o.status == OpportunityStatus.AWARDED && o.awardedValuePence != null;
            Boolean local = awarded ? s != null && LocalSuppliers.isLocal(s.postcode) : null;
            Boolean sme = awarded ? s != null && LocalSuppliers.isSme(s.size) : null;
            if (awarded) {
                tally.add(o.awardedValuePence, local, sme);
            }
            entries.add(new ProgrammeView.Entry(o.id, o.parentId, o.reference, o.title, o.buyer, o.type, o.status,
                    o.awardedSupplierName, o.awardedValuePence, local, sme));
        }
        return new ProgrammeView(p.id, p.name, p.description, p.buyer, p.createdAt, entries, tally.shares());
    }

    /** The programme's public notices, each contract followed by its subcontracts (depth first). */
    static List<Opportunity> inProgramme(UUID programmeId) {
        List<Opportunity> all = Opportunity.<Opportunity>list("programmeId = ?1 and status <> ?2 order by reference",
                programmeId, OpportunityStatus.DRAFT);
        Map<UUID, List<Opportunity>> children = new LinkedHashMap<>();
        List<Opportunity> tops = new ArrayList<>();
        Map<UUID, Opportunity> byId = new LinkedHashMap<>();
        all.forEach(o -> byId.put(o.id, o));
        for (Opportunity o : all) {
            if (o.parentId != null && byId.containsKey(o.parentId)) {
                children.computeIfAbsent(o.parentId, k -> new ArrayList<>()).add(o);
            } else {
                tops.add(o);
            }
        }
        List<Opportunity> ordered = new ArrayList<>();
        tops.forEach(t -> addWithChildren(t, children, ordered));
        return ordered;
    }

    private static void addWithChildren(Opportunity o, Map<UUID, List<Opportunity>> children, List<Opportunity> into) {
        into.add(o);
        children.getOrDefault(o.id, List.of()).forEach(c -> addWithChildren(c, children, into));
    }

    /** Awards counted and summed, overall and for local and SME suppliers. */
    static final class Tally {
        int count;
        long value;
        int localCount;
        long localValue;
        int smeCount;
        long smeValue;

        void add(long valuePence, boolean local, boolean sme) {
            count++;
            value += valuePence;
            if (local) {
                localCount++;
                localValue += valuePence;
            }
            if (sme) {
                smeCount++;
                smeValue += valuePence;
            }
        }

        ProgrammeView.Shares shares() {
            return new ProgrammeView.Shares(count, value, localCount, localValue, smeCount, smeValue,
                    percent(localCount, count), percent(localValue, value), percent(smeCount, count),
                    percent(smeValue, value));
        }

        /** A percentage to one decimal place, half up; null when there is nothing to share. */
        static BigDecimal percent(long part, long whole) {
            return whole == 0 ? null
                    : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }
}
