package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.LicensingEvents;
import onestop.licensing.api.OfficerRequests;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.Duplicate;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;
import onestop.platform.web.Versions;

/**
 * The one-off extension of the target period (Provision of Services Regulations 2009, reg. 19(5)): an officer
 * may extend it once, by a number of working days, with reasons, before it ends; the applicant is told (event
 * {@code application.target-extended}, which the gateway makes a notification) and the timeline says so.
 */
@ApplicationScoped
public class TargetExtensions {

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ApplicationAccess access;

    @Inject
    ApplicationService applications;

    @Inject
    Timeline timeline;

    @Inject
    Outbox outbox;

    @Transactional
    public Application extend(UUID id, String ifMatch, OfficerRequests.TargetExtension request, Actor actor) {
        Application application = access.find(id);
        Versions.checkIfPresent(ifMatch, application.version);
        application.check(ApplicationAction.EXTEND_TARGET, actor);
        if (application.targetExtendedAt != null) {
            throw new Duplicate("The target period of " + application.reference + " was already extended on "
                    + application.targetExtendedAt + ": it may be extended only once.");
        }
        LocalDate today = applications.today();
        if (application.dueDate.isBefore(today)) {
            throw new RuleViolation("The target period of " + application.reference + " ended on "
                    + application.dueDate + ": it can only be extended before it ends.",
                    List.of(new Problem.FieldError("dueDate", FieldCodes.INVALID, "has passed")));
        }
        Instant now = Instant.now(clock);
        LocalDate newDue = calendar.addWorkingDays(application.dueDate, request.workingDays());
        application.dueDateBeforeExtension = application.dueDate;
        application.dueDate = newDue;
        application.targetExtendedAt = now;
        application.targetExtensionReasons = request.reasons();
        application.updatedAt = now;
        String message = "Target period extended by " + request.workingDays() + " working days: a decision is now due by "
                + newDue + " (was " + application.dueDateBeforeExtension + "). Reasons: " + request.reasons();
        timeline.note(application.id, actor, message);
        outbox.append(LicensingEvents.APPLICATION_TARGET_EXTENDED, LicensingEvents.APPLICATION, application.id,
                application.event(application.status, message, now));
        return application;
    }
}
