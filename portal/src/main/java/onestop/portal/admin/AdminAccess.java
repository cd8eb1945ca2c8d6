package onestop.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import onestop.platform.security.Roles;
import onestop.portal.PortalVisitor;
import onestop.portal.session.PortalSessions;

/** The signed-in administrator's API header; anyone else signed in sees "Page not found". */
@RequestScoped
class AdminAccess {

    @Inject
    PortalVisitor visitor;

    @Inject
    PortalSessions sessions;

    String authorization() {
        return "Bearer " + sessions.accessToken(visitor.requiredRole(Roles.ADMIN));
    }

    /** The same, for a form: after checking that it carries the session's CSRF token. */
    String form(String csrf) {
        visitor.checkForm(csrf);
        return authorization();
    }
}
