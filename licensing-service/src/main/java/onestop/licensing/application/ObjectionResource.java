package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.NewObjection;
import onestop.licensing.api.NoticeForObjection;
import onestop.licensing.api.ObjectionView;
import onestop.licensing.timeline.Actor;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** The police's and environmental health's side of temporary event notices: what they may object to, and objecting. */
@Path("/api/licensing")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectionResource {

    /** The most notices one list answers: only those still open to objection, a few days' worth. */
    private static final int MOST = 200;

    @Inject
    TemporaryEventNotices notices;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Path("/temporary-event-notices")
    @RolesAllowed({ Roles.POLICE, Roles.ENVIRONMENTAL_HEALTH, Roles.LICENSING_OFFICER })
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeForObjection> openToObjection() {
        List<Application> open = Application.find("licenceTypeCode = ?1 and status = ?2 and consultationEndsAt > ?3 "
                + "order by consultationEndsAt, id", TemporaryEventNotices.TYPE, ApplicationStatus.IN_CONSULTATION,
                Instant.now(clock)).page(0, MOST).list();
        return open.stream().map(this::forObjection).toList();
    }

    @POST
    @Path("/applications/{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.POLICE, Roles.ENVIRONMENTAL_HEALTH })
    public RestResponse<ObjectionView> object(@PathParam("id") UUID id, @Valid @NotNull NewObjection request) {
        String role = caller.hasRole(Roles.POLICE) ? Roles.POLICE : Roles.ENVIRONMENTAL_HEALTH;
        Objection objection = notices.object(id, request, Actor.authority(role, caller.subject()));
        return RestResponse.status(RestResponse.Status.CREATED, objection.view());
    }

    private NoticeForObjection forObjection(Application a) {
        TemporaryEvent notice = TemporaryEvent.findById(a.id);
        boolean objected = Objection.count("applicationId = ?1 and madeBy = ?2", a.id, caller.subject()) > 0;
        return new NoticeForObjection(a.id, a.reference,
                new ApplicationView.Premises(a.premisesName, a.premisesAddressLine1, a.premisesTown, a.premisesPostcode),
                notice.eventStart, notice.eventEnd, notice.late,
                a.details.hasNonNull("expectedAttendance") ? a.details.get("expectedAttendance").asInt() : null,
                activities(a),
                a.consultationEndsAt, objected);
    }

    private static List<String> activities(Application a) {
        List<String> out = new ArrayList<>();
        a.details.path("licensableActivities").forEach(n -> out.add(n.asText()));
        return out;
    }
}
