package onestop.licensing.licence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.licensing.timeline.Actor;
import onestop.platform.web.Versions;

/** The officers' and holders' actions on a licence, each in one transaction. */
@ApplicationScoped
public class LicenceActions {

    @Inject
    LicenceAccess access;

    @Inject
    LicenceService licences;

    @Inject
    EntityManager em;

    @Transactional
    public Licence perform(UUID id, String ifMatch, LicenceAction action, String reason, Actor actor) {
        Licence licence = access.find(id);
        Versions.checkIfPresent(ifMatch, licence.version);
        licences.move(licence, action, actor, reason);
        em.flush();
        return licence;
    }
}
