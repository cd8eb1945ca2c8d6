package onestop.opportunities.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The opportunities routes a client calls, as a REST Client interface (MicroProfile / Quarkus REST Client build it
 * against the gateway). The paths, parameters and answers are those of docs/api.md; a refusal (4xx) or a
 * failure (5xx) reaches the caller as the client's {@code WebApplicationException} with the problem document.
 * {@code authorization} is the caller's {@code Bearer} token, or null to call a public route anonymously.
 */
@Path("/api/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OpportunitiesClient {

    /** Search the published notices: the filters as the service reads them, one page of {@code size} hits. */
    @GET
    @Path("/opportunities")
    SearchPage search(@BeanParam SearchParams filters, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /** One notice: anyone's once published, its buyer's always; {@code version} is its ETag's. */
    @GET
    @Path("/opportunities/{id}")
    NoticeView notice(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The calling buyer's organisation's notices, drafts included, newest first. */
    @GET
    @Path("/opportunities/mine")
    NoticePage myNotices(@HeaderParam("Authorization") String authorization, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);

    /** A buyer starts a draft notice. */
    @POST
    @Path("/opportunities")
    NoticeView draft(@HeaderParam("Authorization") String authorization, NoticeFields fields);

    /** A buyer changes a draft read at {@code ifMatch}: every field as sent, a null one cleared. */
    @PATCH
    @Path("/opportunities/{id}")
    NoticeView revise(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, NoticeFields fields);

    @POST
    @Path("/opportunities/{id}/publish")
    NoticeView publish(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @POST
    @Path("/opportunities/{id}/close")
    NoticeView close(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @POST
    @Path("/opportunities/{id}/cancel")
    NoticeView cancel(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            CancelRequest request);

    /** A CHALLENGE notice moves to its next stage. */
    @POST
    @Path("/opportunities/{id}/stage")
    NoticeView advanceChallenge(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            StageRequest request);

    @POST
    @Path("/opportunities/{id}/award")
    NoticeView award(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            AwardRequest request);

    /** The buyer scores a closed notice's tender against each award criterion, with a reason (409 while open). */
    @PUT
    @Path("/opportunities/{id}/responses/{responseId}/assessment")
    AssessmentView assess(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId, AssessmentRequest request);

    /** The same for one lot the tender bids for, on a notice divided into lots. */
    @PUT
    @Path("/opportunities/{id}/responses/{responseId}/assessment")
    AssessmentView assessLot(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId, @QueryParam("lot") String lot, AssessmentRequest request);

    /** The tenders the buyer has assessed, each with its total. */
    @GET
    @Path("/opportunities/{id}/assessments")
    List<AssessmentView> assessments(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** A tender's assessment summary, for its supplier or the buyer, once the award is made (404 before). */
    @GET
    @Path("/opportunities/{id}/responses/{responseId}/assessment-summary")
    AssessmentSummary assessmentSummary(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id, @PathParam("responseId") UUID responseId);

    /** A supplier that tendered challenges the award during the standstill (409 outside it). */
    @POST
    @Path("/opportunities/{id}/challenges")
    StandstillChallenge challengeAward(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            StandstillChallenge.Raise raise);

    /** The challenges of an award: every one for its buyer, a supplier's own for a supplier. */
    @GET
    @Path("/opportunities/{id}/challenges")
    List<StandstillChallenge> awardChallenges(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id);

    /** The buyer records how a challenge ended (once; 409 after). */
    @POST
    @Path("/opportunities/{id}/challenges/{challengeId}/outcome")
    StandstillChallenge resolveChallenge(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id, @PathParam("challengeId") UUID challengeId, StandstillChallenge.Resolve resolve);

    /** The buyer makes the standstill longer, with a reason (422 naming {@code lastDay} when not later). */
    @POST
    @Path("/opportunities/{id}/standstill/extension")
    StandstillExtension extendStandstill(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id, StandstillExtension.Extend extend);

    /** The buyer records the contract once the standstill has ended (409 before). */
    @POST
    @Path("/opportunities/{id}/contract")
    NoticeView enterContract(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            ContractRequest request);

    /** A change to the contract entered into (a contract change notice, UK10); 409 before it is entered or ended. */
    @POST
    @Path("/opportunities/{id}/contract/changes")
    NoticeView changeContract(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            ContractChangeRequest request);

    /** The end of the contract entered into, and why (the contract termination notice, UK11). */
    @POST
    @Path("/opportunities/{id}/contract/termination")
    NoticeView endContract(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            ContractEndRequest request);

    /**
     * A draft or planned procurement announces its tender notice ahead (a planned procurement notice, UK3); it
     * becomes PLANNED (409 when it is neither, or published one already).
     */
    @POST
    @Path("/opportunities/{id}/planned-procurement")
    NoticeView publishPlannedProcurement(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id);

    /** A draft becomes PLANNED: the buyer engages the market first (a preliminary market engagement notice, UK2). */
    @POST
    @Path("/opportunities/{id}/market-engagement")
    NoticeView engageMarket(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            MarketEngagement request);

    /** A draft or planned procurement awarded without competition on a Schedule 5 ground (transparency notice UK5). */
    @POST
    @Path("/opportunities/{id}/direct-award")
    NoticeView awardDirectly(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            DirectAward request);

    /** The notices the procurement published, oldest first (public once published). */
    @GET
    @Path("/opportunities/{id}/notices")
    List<PublishedNotice> publishedNotices(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id);

    /** The buyer removes a document from a draft or open notice. */
    /** The buyer attaches a document (the tender pack) to its draft or open notice; the part keeps its file's name. */
    @POST
    @Path("/opportunities/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    DocumentView upload(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @RestForm("file") FileUpload file);

    /** One document of a notice, the file as the service sends it (its type and name in the headers). */
    @GET
    @Path("/opportunities/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    Response document(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("documentId") UUID documentId);

    @DELETE
    @Path("/opportunities/{id}/documents/{documentId}")
    void removeDocument(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("documentId") UUID documentId);

    /** The questions on a notice: all of them for its buyer, a supplier's own for the supplier. */
    @GET
    @Path("/opportunities/{id}/questions")
    List<QuestionView> questions(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    @POST
    @Path("/opportunities/{id}/questions")
    QuestionView ask(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            QuestionRequests.Ask request);

    @POST
    @Path("/opportunities/{id}/questions/{questionId}/answer")
    QuestionView answer(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("questionId") UUID questionId, QuestionRequests.Answer request);

    /** The responses to a notice: all of them for its buyer once it has closed, a supplier's own for the supplier. */
    @GET
    @Path("/opportunities/{id}/responses")
    List<ResponseView> responses(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** How many responses an open notice's buyer has received, sealed until it closes. */
    @GET
    @Path("/opportunities/{id}/responses/received")
    ResponsesReceived responsesReceived(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id);

    @GET
    @Path("/opportunities/{id}/responses/{responseId}")
    ResponseView response(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId);

    @POST
    @Path("/opportunities/{id}/responses")
    ResponseView respond(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            ResponseFields fields);

    @PATCH
    @Path("/opportunities/{id}/responses/{responseId}")
    ResponseView amendResponse(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId, ResponseFields fields);

    /** The supplier keeps its response as it is after the notice changed. */
    @POST
    @Path("/opportunities/{id}/responses/{responseId}/confirm")
    ResponseView confirmResponse(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("responseId") UUID responseId);

    /** The calling business's supplier profile (404 until it has saved one). */
    @GET
    @Path("/suppliers/me")
    SupplierProfile supplierProfile(@HeaderParam("Authorization") String authorization);

    @PUT
    @Path("/suppliers/me")
    SupplierProfile saveSupplierProfile(@HeaderParam("Authorization") String authorization, SupplierProfile profile);

    /** The signed-in supplier's own responses across notices, newest first, each with its outcome. */
    @GET
    @Path("/suppliers/me/responses")
    OwnResponsePage ownResponses(@HeaderParam("Authorization") String authorization,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/saved-searches")
    SavedSearchPage savedSearches(@HeaderParam("Authorization") String authorization,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @POST
    @Path("/saved-searches")
    SavedSearchView saveSearch(@HeaderParam("Authorization") String authorization, SavedSearchRequest request);

    @DELETE
    @Path("/saved-searches/{id}")
    void deleteSavedSearch(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The notices the business's saved searches found, newest first. */
    @GET
    @Path("/alerts")
    AlertPage alerts(@HeaderParam("Authorization") String authorization, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size);
}
