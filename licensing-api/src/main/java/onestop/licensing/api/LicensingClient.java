package onestop.licensing.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
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
 * The licensing routes a client reads and writes, as a REST Client interface (MicroProfile / Quarkus REST Client build it
 * against the gateway). The paths, parameters and answers are those of docs/api.md; a refusal (4xx) or a
 * failure (5xx) reaches the caller as the client's {@code WebApplicationException} with the problem document.
 */
@Path("/api/licensing")
@Produces(MediaType.APPLICATION_JSON)
public interface LicensingClient {

    /**
     * The public register: licences of every status matching the words, type, postcode start, status and dates
     * of issue (ISO dates, both included); null leaves one out.
     */
    @GET
    @Path("/register")
    RegisterPage register(@QueryParam("q") String q, @QueryParam("licenceTypeCode") String licenceTypeCode,
            @QueryParam("postcode") String postcode, @QueryParam("status") String status,
            @QueryParam("issuedFrom") String issuedFrom, @QueryParam("issuedTo") String issuedTo,
            @QueryParam("page") Integer page);

    /** The addresses at a postcode (OS Places), for "find an address"; any signed-in user. */
    @GET
    @Path("/address-lookup")
    AddressLookupView addressLookup(@HeaderParam("Authorization") String authorization,
            @QueryParam("postcode") String postcode);

    /** One licence on the public register. */
    @GET
    @Path("/register/{id}")
    RegisterEntry registerEntry(@PathParam("id") UUID id);

    /** The transfers of the caller's licences that other businesses have applied for, to consent to. */
    @GET
    @Path("/transfer-consents")
    List<TransferRequestView> transferRequests(@HeaderParam("Authorization") String authorization);

    /** The holder gives or refuses consent to a transfer of its licence (before the transfer is submitted). */
    @POST
    @Path("/transfer-consents/{applicationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    TransferRequestView answerTransfer(@HeaderParam("Authorization") String authorization,
            @PathParam("applicationId") UUID applicationId, ConsentAnswer answer);

    /** An officer extends the target period of an application, once, with reasons. */
    @POST
    @Path("/applications/{id}/target-extension")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationView extendTarget(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, OfficerRequests.TargetExtension extension);

    /** Every licence type, by code and name. */
    @GET
    @Path("/licence-types")
    List<LicenceTypeView> licenceTypes();

    /** One licence type of the catalogue, with its fee, periods, documents and details schema. */
    @GET
    @Path("/licence-types/{code}")
    LicenceTypeView licenceType(@PathParam("code") String code);

    /** The caller's licences (a business's own; an officer's, all), a page at a time. */
    @GET
    @Path("/licences")
    LicencePage licences(@HeaderParam("Authorization") String authorization, @QueryParam("page") Integer page);

    /** One licence the caller may read. */
    @GET
    @Path("/licences/{id}")
    LicenceView licence(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The holder surrenders their licence, if it is still at the version they read ({@code If-Match}). */
    @POST
    @Path("/licences/{id}/surrender")
    LicenceView surrender(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch);

    /**
     * The caller's applications (a business's own; an officer's, all), soonest due first, a page at a time: those
     * in {@code status}, when {@code overdue} is true only the overdue, and those whose reference, applicant,
     * premises, town or postcode hold every word of {@code q}; null leaves a filter out.
     */
    @GET
    @Path("/applications")
    ApplicationPage applications(@HeaderParam("Authorization") String authorization,
            @QueryParam("status") ApplicationStatus status, @QueryParam("overdue") Boolean overdue,
            @QueryParam("q") String q, @QueryParam("page") Integer page);

    /** One application the caller may read, with what submission would still refuse while that is theirs to fix. */
    @GET
    @Path("/applications/{id}")
    ApplicationView application(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** What has happened to an application, oldest first. */
    @GET
    @Path("/applications/{id}/timeline")
    List<TimelineView> timeline(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The applicant sends back an application the licensing team asked more of, if still at {@code If-Match}. */
    @POST
    @Path("/applications/{id}/resubmit")
    ApplicationView resubmit(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch);

    /** The applicant withdraws their application, if it is still at the version they read ({@code If-Match}). */
    @POST
    @Path("/applications/{id}/withdraw")
    ApplicationView withdraw(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch);

    /** The documents uploaded to an application. */
    @GET
    @Path("/applications/{id}/documents")
    List<DocumentView> documents(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** One document of an application, the file as the service sends it (its type and name in the headers). */
    @GET
    @Path("/applications/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    Response document(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("documentId") UUID documentId);

    /** A business starts a draft: a new licence, or a renewal (or other change) of one it holds. */
    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationView create(@HeaderParam("Authorization") String authorization, NewApplication application);

    /** The applicant changes their draft (premises, details), if it is still at {@code If-Match} when given. */
    @PATCH
    @Path("/applications/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationView edit(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, ApplicationChanges changes);

    /** The applicant uploads a document of a type the licence needs; the part is sent with its file's name. */
    @POST
    @Path("/applications/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    DocumentView upload(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @QueryParam("type") String type, @RestForm("file") FileUpload file);

    /** The applicant starts paying the fee with GOV.UK Pay: the payer is then sent to {@code nextUrl}. */
    @POST
    @Path("/applications/{id}/payment")
    PaymentView pay(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The state of the latest payment of the fee, as GOV.UK Pay now has it. */
    @GET
    @Path("/applications/{id}/payment")
    PaymentView payment(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** The applicant submits their draft, if it is still at the version they checked ({@code If-Match}). */
    @POST
    @Path("/applications/{id}/submit")
    ApplicationView submit(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch);

    /** An officer assigns the application (to themselves, by email), if still at {@code If-Match}. */
    @POST
    @Path("/applications/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationView assign(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, OfficerRequests.Assignment assignment);

    /** An officer finds the application complete and starts its consultation, if still at {@code If-Match}. */
    @POST
    @Path("/applications/{id}/validate")
    ApplicationView validate(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch);

    /** An officer asks the applicant for more, if still at {@code If-Match}. */
    @POST
    @Path("/applications/{id}/request-information")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationView requestInformation(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, OfficerRequests.InformationRequest request);

    /** An officer records a representation made during consultation. */
    @POST
    @Path("/applications/{id}/representations")
    @Consumes(MediaType.APPLICATION_JSON)
    RepresentationView represent(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            OfficerRequests.NewRepresentation representation);

    /**
     * The representations on an application as the caller may see them: all for an officer; for the applicant
     * without a member of the public's personal data; a responsible authority its own.
     */
    @GET
    @Path("/applications/{id}/representations")
    List<RepresentationView> representations(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id);

    /** An officer finds a representation relevant, or frivolous, vexatious or not relevant with reasons. */
    @PUT
    @Path("/applications/{id}/representations/{representationId}/determination")
    @Consumes(MediaType.APPLICATION_JSON)
    RepresentationView determine(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @PathParam("representationId") UUID representationId, OfficerRequests.Determination determination);

    /** An officer records that the maker withdrew their representation. */
    @POST
    @Path("/applications/{id}/representations/{representationId}/withdrawal")
    RepresentationView withdrawRepresentation(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id, @PathParam("representationId") UUID representationId);

    /** The hearing on an application (404 when there is none). */
    @GET
    @Path("/applications/{id}/hearing")
    HearingView hearing(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id);

    /** An officer arranges the hearing, inside the statutory period and with the notice owed. */
    @POST
    @Path("/applications/{id}/hearing")
    @Consumes(MediaType.APPLICATION_JSON)
    HearingView scheduleHearing(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            OfficerRequests.NewHearing hearing);

    /** An officer adjourns the hearing (once) to a new day, time and place inside the same period. */
    @POST
    @Path("/applications/{id}/hearing/adjournment")
    @Consumes(MediaType.APPLICATION_JSON)
    HearingView adjournHearing(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            OfficerRequests.NewHearing hearing);

    /** An officer records that all parties agreed a hearing is unnecessary. */
    @POST
    @Path("/applications/{id}/hearing/dispensation")
    @Consumes(MediaType.APPLICATION_JSON)
    HearingView dispenseWithHearing(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            OfficerRequests.HearingDispensation dispensation);

    /**
     * An officer grants (with conditions), refuses (with reasons), or after a hearing grants with modified
     * conditions or excluding activities, if still at {@code If-Match}.
     */
    @POST
    @Path("/applications/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    ApplicationView decide(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, OfficerRequests.Decision decision);

    /** The temporary event notices the police or environmental health may still object to, soonest closing first. */
    @GET
    @Path("/temporary-event-notices")
    List<NoticeForObjection> noticesOpenToObjection(@HeaderParam("Authorization") String authorization);

    /** The police or environmental health object to a temporary event notice, with their reasons. */
    @POST
    @Path("/applications/{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    ObjectionView object(@HeaderParam("Authorization") String authorization, @PathParam("id") UUID id,
            NewObjection objection);

    /** Applications under consultation, in public: in a postcode district or sector, of a type; null leaves one out. */
    @GET
    @Path("/consultations")
    ConsultationPage consultations(@QueryParam("postcode") String postcode,
            @QueryParam("licenceTypeCode") String licenceTypeCode, @QueryParam("page") Integer page);

    /** One application under consultation, in public. */
    @GET
    @Path("/consultations/{applicationId}")
    ConsultationView consultation(@PathParam("applicationId") UUID applicationId);

    /** Anyone makes a representation; it counts once the email sent to them is confirmed. */
    @POST
    @Path("/consultations/{applicationId}/representations")
    @Consumes(MediaType.APPLICATION_JSON)
    PublicRequests.CheckYourEmail representPublicly(@PathParam("applicationId") UUID applicationId,
            PublicRequests.Representation representation);

    /** Confirms a member of the public's representation with the token of the emailed link. */
    @POST
    @Path("/representation-confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    PublicRequests.RepresentationConfirmed confirmRepresentation(PublicRequests.Token token);

    /** A responsible authority, signed in, makes a representation. */
    @POST
    @Path("/applications/{id}/authority-representations")
    @Consumes(MediaType.APPLICATION_JSON)
    RepresentationView representAsAuthority(@HeaderParam("Authorization") String authorization,
            @PathParam("id") UUID id, PublicRequests.AuthorityRepresentation representation);

    /** Anyone subscribes to emails about new consultations in an area; they start once confirmed. */
    @POST
    @Path("/area-alerts")
    @Consumes(MediaType.APPLICATION_JSON)
    PublicRequests.CheckYourEmail subscribe(PublicRequests.AreaAlert alert);

    /** Confirms an area alert with the token of the emailed link. */
    @POST
    @Path("/area-alerts/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    PublicRequests.AreaAlertConfirmed confirmAreaAlert(PublicRequests.Token token);

    /** Stops an area alert with the token of an alert email's unsubscribe link. */
    @POST
    @Path("/area-alerts/unsubscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    void unsubscribe(PublicRequests.Token token);
}
