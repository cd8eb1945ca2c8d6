package onestop.opportunities.opendata;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.opportunity.Opportunity;

/**
 * The supply-chain cascade in OCDS: a subcontract's release names its parent contract ({@code relatedProcesses},
 * relationship {@code parent}), and a prime contract's names its public subcontracts (relationship
 * {@code subContract}), both by ocid (the relatedProcess and relatedProcessScheme codelists). A release says what
 * was known when it was published; the record's compiled release says what is known now.
 */
@ApplicationScoped
public class OcdsRelatedProcesses {

    @Inject
    ObjectMapper json;

    @Inject
    OpportunitiesConfig config;

    /** The notice's related processes, or an empty array. */
    ArrayNode of(Opportunity o) {
        ArrayNode related = json.createArrayNode();
        if (o.parentId != null) {
            Opportunity parent = Opportunity.findById(o.parentId);
            if (parent != null) {
                add(related, parent, "parent");
            }
        }
        List<Opportunity> subcontracts = Opportunity.list("parentId = ?1 and status <> ?2 order by publishedAt, reference",
                o.id, OpportunityStatus.DRAFT);
        subcontracts.forEach(s -> add(related, s, "subContract"));
        return related;
    }

    /** Sets the current related processes on {@code release} (a record's compiled release), or leaves none. */
    void setOn(ObjectNode release, Opportunity o) {
        ArrayNode related = of(o);
        if (related.isEmpty()) {
            release.remove("relatedProcesses");
        } else {
            release.set("relatedProcesses", related);
        }
    }

    private void add(ArrayNode related, Opportunity o, String relationship) {
        ObjectNode p = related.addObject();
        String ocid = OcdsReleases.ocid(o);
        p.put("id", relationship + "-" + o.reference);
        p.putArray("relationship").add(relationship);
        p.put("title", o.title);
        p.put("scheme", "ocid");
        p.put("identifier", ocid);
        p.put("uri", config.publicBaseUrl() + "/api/opportunities/ocds/releases/" + ocid);
    }
}
