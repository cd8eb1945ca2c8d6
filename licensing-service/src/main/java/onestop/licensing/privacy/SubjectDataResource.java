package onestop.licensing.privacy;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.licensing.document.DocumentStore;
import onestop.platform.files.FileNames;
import onestop.platform.privacy.SubjectData;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/**
 * Licensing's part of a business's subject access export (ADR 0013): everything it holds about the caller's
 * business as JSON, and the files of its documents. Only rows of the caller's own business are read; what
 * others said about its applications (representations, objections) is theirs and stays out, and so are the
 * ids of the staff who acted on them (the timeline keeps their role).
 */
@Path("/api/licensing/me/data")
public class SubjectDataResource {

    private static final String OWN_APPLICATIONS = "select id from application where business_id = ?1";

    private final Caller caller;
    private final EntityManager em;
    private final DocumentStore store;

    SubjectDataResource(Caller caller, EntityManager em, DocumentStore store) {
        this.caller = caller;
        this.em = em;
        this.store = store;
    }

    @GET
    @RolesAllowed(Roles.BUSINESS)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Produces(SubjectData.ZIP)
    @Operation(operationId = "getLicensingDataOfMe", summary = "Everything licensing holds about the caller's "
            + "business, for a subject access export: a ZIP of data.json (applications, documents, licences, "
            + "payments, timelines, temporary events, hearings) and the documents' files")
    public Response data() {
        UUID business = caller.requireBusinessId();
        SubjectData data = new SubjectData()
                .section(em, "applications", "select * from application where business_id = ?1 order by created_at",
                        business, "search", "assigned_to")
                .section(em, "documents", "select * from application_document where application_id in ("
                        + OWN_APPLICATIONS + ") order by uploaded_at", business, "stored_name")
                .section(em, "licences", "select * from licence where business_id = ?1 order by id", business,
                        "register_search")
                .section(em, "payments", "select * from payment where application_id in (" + OWN_APPLICATIONS
                        + ") order by created_at", business)
                .section(em, "timeline", "select * from timeline_entry where application_id in (" + OWN_APPLICATIONS
                        + ") order by id", business, "actor_id")
                .section(em, "temporaryEvents", "select * from temporary_event where business_id = ?1", business)
                .section(em, "hearings", "select * from hearing where application_id in (" + OWN_APPLICATIONS + ")",
                        business, "scheduled_by", "dispensed_by");
        for (Object[] row : documents(business)) {
            String entry = row[0] + "/" + row[1] + "-" + FileNames.sanitise((String) row[2]);
            data.file(entry, store.find((String) row[3]).orElse(null));
        }
        return data.response("licensing-data.zip");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> documents(UUID business) {
        return em.createNativeQuery("""
                select a.id, d.id, d.original_name, d.stored_name from application_document d
                join application a on a.id = d.application_id where a.business_id = ?1 order by d.uploaded_at""")
                .setParameter(1, business).getResultList();
    }
}
