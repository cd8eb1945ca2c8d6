package onestop.licensing.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.ConsultationView;
import onestop.licensing.api.PublicRequests;
import onestop.platform.problem.NotFound;
import onestop.platform.web.PageView;
import onestop.platform.web.QueryParams;

/** Applications under consultation, in public, and the public's representations on them: no account needed. */
@Path("/api/licensing")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    @Inject
    ConsultationSearch search;

    @Inject
    PublicRepresentations representations;

    @Inject
    Clock clock;

    @GET
    @Path("/consultations")
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<ConsultationView> list(@QueryParam("postcode") String postcode,
            @QueryParam("licenceTypeCode") String licenceTypeCode, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String area = QueryParams.text(postcode);
        return search.open(new ConsultationSearch.Filter(area == null ? null : PostcodeArea.parse(area, "postcode"),
                QueryParams.text(licenceTypeCode)), Instant.now(clock), QueryParams.page(page, size));
    }

    @GET
    @Path("/consultations/{applicationId}")
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public ConsultationView get(@PathParam("applicationId") UUID applicationId) {
        return search.get(applicationId)
                .orElseThrow(() -> new NotFound("There is no consultation " + applicationId + "."));
    }

    /** 202: the representation counts once the email sent to the person is confirmed. */
    @POST
    @Path("/consultations/{applicationId}/representations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<PublicRequests.CheckYourEmail> represent(@PathParam("applicationId") UUID applicationId,
            @Valid @NotNull PublicRequests.Representation request) {
        representations.make(applicationId, request);
        return RestResponse.status(RestResponse.Status.ACCEPTED, new PublicRequests.CheckYourEmail(
                "We have emailed you a link. Your representation counts once you open it and confirm."));
    }

    @POST
    @Path("/representation-confirmations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicRequests.RepresentationConfirmed confirm(@Valid @NotNull PublicRequests.Token request) {
        return representations.confirm(request.token());
    }
}
