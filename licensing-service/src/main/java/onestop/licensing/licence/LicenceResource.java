package onestop.licensing.licence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.LicenceView;
import onestop.licensing.timeline.Actor;
import onestop.platform.web.QueryParams;
import onestop.platform.web.Versions;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;

/** Licences: read by their holder and officers; suspended, reinstated, revoked by officers; surrendered by the holder. */
@Path("/api/licensing/licences")
@Produces(MediaType.APPLICATION_JSON)
public class LicenceResource {

    @Inject
    LicenceActions actions;

    @Inject
    LicenceAccess access;

    @Inject
    LicenceSearch search;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<LicenceView> list(@QueryParam("status") String status,
            @QueryParam("licenceTypeCode") String licenceTypeCode,
            @QueryParam("expiringWithinDays") String expiringWithin, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageRequest paging = QueryParams.page(page, size);
        Integer expiringWithinDays = QueryParams.integer(expiringWithin, "expiringWithinDays");
        if (expiringWithinDays != null && (expiringWithinDays < 0 || expiringWithinDays > 3650)) {
            throw new InvalidInput("expiringWithinDays is out of range.",
                    List.of(new Problem.FieldError("expiringWithinDays", FieldCodes.OUT_OF_RANGE,
                            "must be between 0 and 3650")));
        }
        Instant before = expiringWithinDays == null ? null
                : Instant.now(clock).plus(Duration.ofDays(expiringWithinDays));
        LicenceSearch.Filter filter = new LicenceSearch.Filter(officer() ? null : caller.requireBusinessId(),
                QueryParams.enumValue(LicenceStatus.class, status, "status"), QueryParams.text(licenceTypeCode),
                before);
        return search.find(filter, paging).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.BUSINESS, Roles.LICENSING_OFFICER })
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<LicenceView> get(@PathParam("id") UUID id) {
        return answer(access.find(id));
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<LicenceView> suspend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid LicenceRequests body) {
        return answer(actions.perform(id, ifMatch, LicenceAction.SUSPEND, reason(body), actor()));
    }

    @POST
    @Path("/{id}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<LicenceView> reinstate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid LicenceRequests body) {
        return answer(actions.perform(id, ifMatch, LicenceAction.REINSTATE, reason(body), actor()));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.LICENSING_OFFICER)
    public RestResponse<LicenceView> revoke(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid LicenceRequests body) {
        return answer(actions.perform(id, ifMatch, LicenceAction.REVOKE, reason(body), actor()));
    }

    @POST
    @Path("/{id}/surrender")
    @RolesAllowed(Roles.BUSINESS)
    public RestResponse<LicenceView> surrender(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return answer(actions.perform(id, ifMatch, LicenceAction.SURRENDER, "Surrendered by the holder.", actor()));
    }

    private static String reason(LicenceRequests body) {
        return body == null ? null : body.reason();
    }

    private RestResponse<LicenceView> answer(Licence licence) {
        return RestResponse.ResponseBuilder.ok(view(licence))
                .header("ETag", Versions.etag(licence.version)).build();
    }

    /** The licence as the caller sees it, with what they may do to it now. */
    private LicenceView view(Licence l) {
        return new LicenceView(l.id, l.number, l.licenceTypeCode, l.businessId, l.holderName,
                new LicenceView.Premises(l.premisesName, l.premisesAddressLine1, l.premisesTown, l.premisesPostcode),
                l.details, l.conditions, l.issuedAt, l.expiresAt, l.status, l.statusReason, l.applicationId,
                l.version, LicenceAction.allowed(l.status, viewer()).stream().map(Enum::name).toList(), l.validFrom);
    }

    private boolean officer() {
        return caller.hasRole(Roles.LICENSING_OFFICER);
    }

    private Actor.Kind viewer() {
        return officer() ? Actor.Kind.OFFICER : Actor.Kind.OWNER;
    }

    private Actor actor() {
        return Actor.of(caller);
    }
}
