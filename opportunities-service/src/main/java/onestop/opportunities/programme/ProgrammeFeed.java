package onestop.opportunities.programme;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.opportunity.Opportunity;

/**
 * A programme's notices as an Atom feed (RFC 4287), newest change first, so that anyone can follow the programme in
 * a feed reader: one entry per public contract or subcontract, linking to its page.
 */
@ApplicationScoped
public class ProgrammeFeed {

    static final int ENTRIES = 100;

    @Inject
    OpportunitiesConfig config;

    @Transactional(Transactional.TxType.SUPPORTS)
    public String atom(UUID programmeId) {
        Programme p = ProgrammeService.find(programmeId);
        List<Opportunity> notices = ProgrammeFigures.inProgramme(p.id).stream()
                .sorted((a, b) -> changed(b).compareTo(changed(a))).limit(ENTRIES).toList();
        Instant updated = notices.isEmpty() ? p.createdAt : changed(notices.get(0));
        String base = config.publicBaseUrl();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>urn:uuid:").append(p.id).append("</id>\n")
                .append("  <title>").append(escape(p.name)).append("</title>\n")
                .append("  <subtitle>").append(escape(p.description)).append("</subtitle>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>").append(escape(p.buyer)).append("</name></author>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(base))
                .append("/api/opportunities/programmes/").append(p.id).append("/feed\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base))
                .append("/programmes/").append(p.id).append("\"/>\n");
        for (Opportunity o : notices) {
            String what = o.parentId == null ? "Contract" : "Subcontract";
            x.append("  <entry>\n")
                    .append("    <id>urn:uuid:").append(o.id).append("</id>\n")
                    .append("    <title>").append(escape(o.reference + ": " + o.title)).append("</title>\n")
                    .append("    <updated>").append(changed(o)).append("</updated>\n")
                    .append("    <published>").append(o.publishedAt != null ? o.publishedAt : changed(o))
                    .append("</published>\n")
                    .append("    <author><name>").append(escape(o.buyer)).append("</name></author>\n")
                    .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(base))
                    .append("/opportunities/").append(o.id).append("\"/>\n")
                    .append("    <summary>").append(escape(what + " by " + o.buyer + ", " + status(o)))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    private static String status(Opportunity o) {
        return o.awardedSupplierName != null ? "awarded to " + o.awardedSupplierName
                : o.status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** When the notice last changed as the public sees it. */
    private static Instant changed(Opportunity o) {
        Instant at = o.updatedAt != null ? o.updatedAt : o.publishedAt;
        return at != null ? at : o.createdAt;
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
