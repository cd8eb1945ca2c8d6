package onestop.opportunities.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import of OCDS releases did ({@code POST /api/opportunities/admin/import}): releases read, notices created
 * and updated, releases left out, and those refused with why.
 */
@Schema(name = "Outcome")
public record ImportOutcome(int releases, int created, int updated, int skipped, List<Refusal> refused) {

    /** A release that could not be placed in a procurement here, and why; the rest of the batch still went in. */
    public record Refusal(int line, String ocid, String releaseId, String reason) {
    }
}
