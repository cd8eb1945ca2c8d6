package onestop.licensing.licence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** Finds a licence for the caller: officers see any, a holder only its own (404 for the rest). */
@ApplicationScoped
public class LicenceAccess {

    @Inject
    Caller caller;

    public Licence find(UUID id) {
        Licence licence = Licence.findById(id);
        if (licence == null || !(caller.hasRole(Roles.LICENSING_OFFICER)
                || licence.businessId.equals(caller.requireBusinessId()))) {
            throw new NotFound("There is no licence " + id + " of yours.");
        }
        return licence;
    }
}
