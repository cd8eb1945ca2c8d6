package onestop.licensing.application;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import onestop.licensing.timeline.Actor;
import onestop.platform.audit.PersonalDataReads;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** Finds an application for the caller: officers see any, a business only its own (404 for the rest). */
@ApplicationScoped
public class ApplicationAccess {

    @Inject
    Caller caller;

    @Inject
    PersonalDataReads reads;

    public Application find(UUID id) {
        Application application = Application.findById(id);
        if (application == null || !visible(application)) {
            throw new NotFound("There is no application " + id + " of yours.");
        }
        return application;
    }

    /**
     * Logs an officer's read of personal data ({@code kind}: application, application-documents, application-document,
     * application-timeline, application-representations: the applicant's, and the names and addresses of those who
     * made representations); the business reading its own application is not a staff read and is not logged.
     */
    public void staffRead(String kind, UUID id) {
        if (caller.hasRole(Roles.LICENSING_OFFICER)) {
            reads.record(kind, id);
        }
    }

    public Actor actor() {
        return Actor.of(caller);
    }

    private boolean visible(Application application) {
        return caller.hasRole(Roles.LICENSING_OFFICER) || application.businessId.equals(caller.requireBusinessId());
    }
}
