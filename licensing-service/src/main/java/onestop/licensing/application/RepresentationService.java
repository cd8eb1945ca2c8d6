package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.OfficerRequests;
import onestop.licensing.api.RepresentationDetermination;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.problem.NotFound;

/**
 * The officer's work on representations: finding each relevant or not (with reasons), and recording a
 * withdrawal on the maker's behalf. The timeline names an authority but never a member of the public.
 */
@ApplicationScoped
public class RepresentationService {

    @Inject
    Clock clock;

    @Inject
    ApplicationAccess access;

    @Inject
    Timeline timeline;

    @Transactional
    public Representation determine(UUID applicationId, UUID id, OfficerRequests.Determination request, Actor actor) {
        Representation representation = load(applicationId, id, actor);
        representation.determine(request.determination(), request.reasons(), actor.id(), Instant.now(clock));
        timeline.note(applicationId, actor, "The representation from " + representation.maker() + " was found "
                + words(request.determination())
                + (request.reasons() == null || request.reasons().isBlank() ? "." : ": " + request.reasons()));
        return representation;
    }

    @Transactional
    public Representation withdraw(UUID applicationId, UUID id, Actor actor) {
        Representation representation = load(applicationId, id, actor);
        representation.withdraw(actor.id(), Instant.now(clock));
        timeline.note(applicationId, actor, "The representation from " + representation.maker()
                + " was withdrawn by its maker.");
        return representation;
    }

    private Representation load(UUID applicationId, UUID id, Actor actor) {
        Application application = access.find(applicationId);
        Representation representation = Representation.findById(id);
        if (representation == null || !representation.applicationId.equals(applicationId)) {
            throw new NotFound("Application " + application.reference + " has no representation " + id + ".");
        }
        application.check(ApplicationAction.DETERMINE_REPRESENTATION, actor);
        return representation;
    }

    private static String words(RepresentationDetermination determination) {
        return switch (determination) {
            case RELEVANT -> "relevant";
            case FRIVOLOUS -> "frivolous";
            case VEXATIOUS -> "vexatious";
            case NOT_RELEVANT -> "not relevant to the licensing objectives";
        };
    }
}
