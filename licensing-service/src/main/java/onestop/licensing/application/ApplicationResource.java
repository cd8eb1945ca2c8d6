package onestop.licensing.application;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.ApplicationChanges;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.NewApplication;
import onestop.licensing.api.OfficerRequests;
import onestop.licensing.api.Premises;
import onestop.licensing.api.PublicRequests;
import onestop.licensing.api.RepresentationView;
import onestop.licensing.api.TemporaryEventView;
import onestop.licensing.timeline.Actor;
import onestop.platform.problem.Problem;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;
import onestop.platform.web.QueryParams;
import onestop.platform.web.Versions;

/** Licence applications: the applicant's routes and the officers' casework. Rules live in {@link Application}. */
@Path("/api/licensing/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    ApplicationService service;

    @Inject
    Drafts drafts;

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicationSearch search;

    @Inject
    Representations representations;

    @Inject
    Caller caller;

    @Inject
    TemporaryEventNotices notices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    @APIResponse(responseCode = "201", description = "The draft application, with its ETag and Location.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    public RestResponse<ApplicationView> create(@Valid @NotNull NewApplication request) {
        Application application = drafts.start(caller.requireBusinessId(), request, access.actor());
        return RestResponse.ResponseBuilder.<ApplicationView>created(URI.create("/api/licensing/applications/" + application.id))
                .header("ETag", Versions.etag(application.version))
                .entity(view(application)).build();
    }

    @GET
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ApplicationView> list(@QueryParam("status") String status,
            @QueryParam("licenceTypeCode") String licenceTypeCode, @QueryParam("overdue") String overdue,
            @QueryParam("assignedTo") String assignedTo, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = QueryParams.page(page, size);
        boolean officer = caller.hasRole(Roles.LICENSING_OFFICER);
        ApplicationSearch.Filter filter = new ApplicationSearch.Filter(officer ? null : caller.requireBusinessId(),
                QueryParams.enumValue(ApplicationStatus.class, status, "status"), QueryParams.text(licenceTypeCode),
                QueryParams.text(assignedTo), QueryParams.bool(overdue, "overdue"), QueryParams.text(q), service.today());
        return search.find(filter, paging).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<ApplicationView> get(@PathParam("id") UUID id) {
        Application application = access.find(id);
        ApplicationView view = view(application, service.stillMissing(application), notices.view(application));
        access.staffRead("application", application.id);
        return RestResponse.ResponseBuilder.ok(view).header("ETag", Versions.etag(application.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    public RestResponse<ApplicationView> edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ApplicationChanges changes) {
        return answer(service.edit(id, ifMatch, changes, access.actor()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.BUSINESS)
    public RestResponse<ApplicationView> submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer(service.submit(id, ifMatch, access.actor()));
    }

    @POST
    @Path("/{id}/resubmit")
    @RolesAllowed(Roles.BUSINESS)
    public RestResponse<ApplicationView> resubmit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer(service.resubmit(id, ifMatch, access.actor()));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.BUSINESS)
    public RestResponse<ApplicationView> withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer(service.withdraw(id, ifMatch, access.actor()));
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<ApplicationView> assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OfficerRequests.Assignment request) {
        return answer(service.assign(id, ifMatch, request.officer(), access.actor()));
    }

    @POST
    @Path("/{id}/request-information")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<ApplicationView> requestInformation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OfficerRequests.InformationRequest request) {
        return answer(service.requestInformation(id, ifMatch, request.message(), access.actor()));
    }

    @POST
    @Path("/{id}/validate")
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<ApplicationView> validate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer(service.validate(id, ifMatch, access.actor()));
    }

    @POST
    @Path("/{id}/representations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<RepresentationView> represent(@PathParam("id") UUID id, @Valid @NotNull OfficerRequests.NewRepresentation request) {
        Representation representation = service.represent(id, request, access.actor());
        return RestResponse.status(RestResponse.Status.CREATED, representation.view());
    }

    /** The officer sees all, the applicant the grounds without who made them, an authority its own; others 404. */
    @GET
    @Path("/{id}/representations")
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER, Roles.POLICE, Roles.ENVIRONMENTAL_HEALTH, Roles.FIRE,
            Roles.PLANNING, Roles.TRADING_STANDARDS, Roles.CHILD_PROTECTION, Roles.HEALTH })
    public List<RepresentationView> representations(@PathParam("id") UUID id) {
        List<RepresentationView> visible = representations.visibleTo(id);
        access.staffRead("application-representations", id); // an officer sees who made each, and how to reach them
        return visible;
    }

    @POST
    @Path("/{id}/authority-representations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.POLICE, Roles.ENVIRONMENTAL_HEALTH, Roles.FIRE, Roles.PLANNING, Roles.TRADING_STANDARDS,
            Roles.CHILD_PROTECTION, Roles.HEALTH })
    public RestResponse<RepresentationView> representAsAuthority(@PathParam("id") UUID id,
            @Valid @NotNull PublicRequests.AuthorityRepresentation request) {
        return RestResponse.status(RestResponse.Status.CREATED, representations.fromAuthority(id, request).view());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<ApplicationView> decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OfficerRequests.Decision request) {
        return answer(service.decide(id, ifMatch, request, access.actor()));
    }

    private RestResponse<ApplicationView> answer(Application application) {
        return RestResponse.ResponseBuilder.ok(view(application, null, notices.view(application))).header("ETag", Versions.etag(application.version))
                .build();
    }

    private ApplicationView view(Application application) {
        return view(application, null, null);
    }

    /**
     * The application as the caller sees it, with what they may do next; {@code missing} and the temporary event
     * when they are shown (one application read, never a list).
     */
    private ApplicationView view(Application a, List<Problem.FieldError> missing, TemporaryEventView event) {
        Premises p = a.premises();
        return new ApplicationView(a.id, a.reference, a.businessId, a.holderName, a.licenceTypeCode, a.kind,
                a.licenceId, a.status,
                new ApplicationView.Premises(p.name(), p.addressLine1(), p.town(), p.postcode(), p.uprn()),
                a.details, a.feePence, a.isPaid(), a.paymentReference, a.paymentState, a.assignedTo, a.createdAt,
                a.updatedAt,
                a.submittedAt, a.dueDate, a.isOverdue(service.today()), a.informationRequestedAt,
                a.consultationEndsAt, a.decidedAt, a.outcome, a.conditions, a.reasons, a.grantedByTacitConsent,
                a.issuedLicenceId, a.targetExtendedAt, a.targetExtensionReasons, a.holderConsent, a.version,
                ApplicationAction.allowed(a.status, viewer()).stream().map(Enum::name).toList(),
                missing == null ? null : missing.stream()
                        .map(e -> new ApplicationView.Missing(e.field(), e.code(), e.message())).toList(), event,
                a.appealDeadline, a.excludedActivities == null ? List.of() : a.excludedActivities);
    }

    private Actor.Kind viewer() {
        return caller.hasRole(Roles.LICENSING_OFFICER) ? Actor.Kind.OFFICER : Actor.Kind.OWNER;
    }
}
