package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.LicensingObjective;
import onestop.licensing.api.PublicRequests;
import onestop.licensing.api.RepresentationCategory;
import onestop.licensing.api.RepresentationView;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/**
 * Representations made from outside the council: by a responsible authority signed in, or by a member of the
 * public once their email is confirmed; and who sees which. The officer sees everything, the applicant the
 * grounds without who made them, an authority its own; anyone else gets 404.
 */
@ApplicationScoped
public class Representations {

    /** How an authority is named on the timeline and to the officer. */
    static final Map<String, String> AUTHORITY_NAMES = Map.of(Roles.POLICE, "Police",
            Roles.ENVIRONMENTAL_HEALTH, "Environmental health", Roles.FIRE, "Fire and rescue authority",
            Roles.PLANNING, "Planning authority", Roles.TRADING_STANDARDS, "Trading standards",
            Roles.CHILD_PROTECTION, "Child protection", Roles.HEALTH, "Public health");

    @Inject
    Clock clock;

    @Inject
    Timeline timeline;

    @Inject
    Caller caller;

    /** A member of the public's representation, confirmed now; refused once the consultation has ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Representation fromPublic(Application application, String name, String email, String address,
            List<LicensingObjective> objectives, String grounds) {
        Instant now = Instant.now(clock);
        application.checkOpenForRepresentations(now);
        Representation r = made(application, RepresentationCategory.PUBLIC, objectives, grounds, now);
        r.from = name;
        r.email = email;
        r.address = address;
        r.recordedBy = "public";
        r.persist();
        // the applicant reads the timeline: the grounds, never who made them
        timeline.note(application.id, Actor.PUBLIC, "Representation from a member of the public (confirmed by "
                + "email) on " + phrase(objectives) + ": " + grounds);
        return r;
    }

    /** The signed-in responsible authority's representation. */
    @Transactional
    public Representation fromAuthority(UUID applicationId, PublicRequests.AuthorityRepresentation request) {
        String authority = callerAuthority().orElseThrow(() -> new NotFound("There is no application "
                + applicationId + "."));
        Application application = Application.findById(applicationId);
        if (application == null || application.status == ApplicationStatus.DRAFT) {
            throw new NotFound("There is no application " + applicationId + ".");
        }
        Instant now = Instant.now(clock);
        application.checkOpenForRepresentations(now);
        Representation r = made(application, RepresentationCategory.RESPONSIBLE_AUTHORITY, request.objectives(),
                request.grounds(), now);
        r.from = AUTHORITY_NAMES.get(authority);
        r.authority = authority;
        r.recordedBy = caller.subject();
        // the authority is a party to any hearing: notices and the decision go to the officer who signed in
        r.email = caller.email().orElse(null);
        r.persist();
        timeline.note(application.id, Actor.authority(authority, caller.subject()), "Representation from "
                + r.from + " on " + phrase(request.objectives()) + ": " + request.grounds());
        return r;
    }

    /** The representations on an application as the caller may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RepresentationView> visibleTo(UUID applicationId) {
        Application application = Application.findById(applicationId);
        NotFound none = new NotFound("There is no application " + applicationId + " of yours.");
        if (application == null) {
            throw none;
        }
        List<Representation> all = Representation.list("applicationId = ?1 order by recordedAt, id", applicationId);
        if (caller.hasRole(Roles.LICENSING_OFFICER)) {
            return all.stream().map(Representation::view).toList();
        }
        if (caller.hasRole(Roles.BUSINESS) && caller.businessId().filter(application.businessId::equals).isPresent()) {
            return all.stream().map(r -> r.view().forApplicant()).toList();
        }
        Optional<String> authority = callerAuthority();
        if (authority.isPresent() && application.status != ApplicationStatus.DRAFT) {
            return all.stream().filter(r -> authority.get().equals(r.authority)).map(Representation::view).toList();
        }
        throw none;
    }

    /** The responsible authority the caller signs in for (a staff account has one role). */
    Optional<String> callerAuthority() {
        return Roles.RESPONSIBLE_AUTHORITIES.stream().filter(caller::hasRole).sorted().findFirst();
    }

    private static Representation made(Application application, RepresentationCategory category,
            List<LicensingObjective> objectives, String grounds, Instant now) {
        Representation r = new Representation();
        r.id = UUID.randomUUID();
        r.applicationId = application.id;
        r.category = category;
        r.objectives = List.copyOf(objectives.stream().distinct().toList());
        r.grounds = grounds;
        r.recordedAt = now;
        return r;
    }

    private static String phrase(List<LicensingObjective> objectives) {
        return objectives.stream().distinct().map(o -> o.name().toLowerCase().replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}
