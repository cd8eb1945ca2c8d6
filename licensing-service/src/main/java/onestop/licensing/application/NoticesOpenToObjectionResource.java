package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.NoticeForObjection;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** The temporary event notices the police and environmental health may still object to, soonest closing first. */
@Path("/api/licensing/temporary-event-notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesOpenToObjectionResource {

    /** The most notices one list answers: only those still open to objection, a few days' worth. */
    private static final int MOST = 200;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({ Roles.POLICE, Roles.ENVIRONMENTAL_HEALTH, Roles.LICENSING_OFFICER })
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeForObjection> openToObjection() {
        List<Application> open = Application.find("licenceTypeCode = ?1 and status = ?2 and consultationEndsAt > ?3 "
                + "order by consultationEndsAt, id", TemporaryEventNotices.TYPE, ApplicationStatus.IN_CONSULTATION,
                Instant.now(clock)).page(0, MOST).list();
        // three queries for the whole list, never one per notice
        List<UUID> ids = open.stream().map(a -> a.id).toList();
        Map<UUID, TemporaryEvent> events = ids.isEmpty() ? Map.of()
                : TemporaryEvent.<TemporaryEvent> list("applicationId in ?1", ids).stream()
                        .collect(Collectors.toMap(e -> e.applicationId, e -> e));
        Set<UUID> objected = ids.isEmpty() ? Set.of()
                : Objection.<Objection> list("applicationId in ?1 and madeBy = ?2", ids, caller.subject()).stream()
                        .map(o -> o.applicationId).collect(Collectors.toSet());
        return open.stream().map(a -> forObjection(a, events.get(a.id), objected.contains(a.id))).toList();
    }

    private static NoticeForObjection forObjection(Application a, TemporaryEvent notice, boolean objected) {
        return new NoticeForObjection(a.id, a.reference,
                new ApplicationView.Premises(a.premisesName, a.premisesAddressLine1, a.premisesTown, a.premisesPostcode),
                notice.eventStart, notice.eventEnd, notice.late,
                a.details.hasNonNull("expectedAttendance") ? a.details.get("expectedAttendance").asInt() : null,
                activities(a), a.consultationEndsAt, objected);
    }

    private static List<String> activities(Application a) {
        List<String> out = new ArrayList<>();
        a.details.path("licensableActivities").forEach(n -> out.add(n.asText()));
        return out;
    }
}
