package onestop.opportunities.privacy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import onestop.platform.privacy.SubjectData;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/**
 * Opportunities' part of a business's subject access export (ADR 0013): everything it holds about the caller's
 * business, as JSON in a ZIP (suppliers upload no files here, so the part has no documents). Only rows of the
 * caller's own business are read; other suppliers' responses and questions, and the ids of the buyers' staff who
 * assessed a response, stay out.
 */
@Path("/api/opportunities/me/data")
public class SubjectDataResource {

    private static final String OWN_RESPONSES = "select id from supplier_response where business_id = ?1";

    private final Caller caller;
    private final EntityManager em;

    SubjectDataResource(Caller caller, EntityManager em) {
        this.caller = caller;
        this.em = em;
    }

    @GET
    @RolesAllowed(Roles.BUSINESS)
    @Transactional(Transactional.TxType.SUPPORTS)
    @Produces(SubjectData.ZIP)
    @Operation(operationId = "getOpportunitiesDataOfMe", summary = "Everything opportunities holds about the "
            + "caller's business, for a subject access export: a ZIP of data.json (supplier profile, responses and "
            + "their assessments, questions asked, saved searches, alerts, awards, social value reports, challenges, "
            + "licences held)")
    public Response data() {
        UUID business = caller.requireBusinessId();
        return new SubjectData()
                .section(em, "supplier", "select * from supplier where business_id = ?1", business)
                .section(em, "responses", "select r.*, o.reference as opportunity_reference, o.title as "
                        + "opportunity_title from supplier_response r join opportunity o on o.id = r.opportunity_id "
                        + "where r.business_id = ?1 order by r.submitted_at", business)
                .section(em, "assessments", "select * from tender_assessment where response_id in (" + OWN_RESPONSES
                        + ")", business, "assessed_by")
                .section(em, "questions", "select q.*, o.reference as opportunity_reference from question q join "
                        + "opportunity o on o.id = q.opportunity_id where q.asker_business_id = ?1 order by q.asked_at",
                        business)
                .section(em, "savedSearches", "select * from saved_search where business_id = ?1 order by created_at",
                        business, "query")
                .section(em, "alerts", "select * from alert where business_id = ?1 order by raised_at", business)
                .section(em, "awards", "select id as opportunity_id, reference, title, buyer, awarded_response_id, "
                        + "awarded_supplier_name, awarded_value_pence, awarded_at from opportunity "
                        + "where awarded_business_id = ?1 order by awarded_at", business)
                .section(em, "socialValueReports", "select * from social_value_report where business_id = ?1 "
                        + "order by reported_at", business)
                .section(em, "standstillChallenges", "select * from standstill_challenge where business_id = ?1",
                        business)
                .section(em, "challengeSubmissions", "select * from challenge_submission where business_id = ?1",
                        business)
                .section(em, "licencesHeld", "select * from held_licence where business_id = ?1", business)
                .response("opportunities-data.zip");
    }
}
