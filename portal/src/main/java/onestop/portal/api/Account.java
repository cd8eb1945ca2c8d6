package onestop.portal.api;

import java.util.Set;
import java.util.UUID;

import onestop.gateway.api.MeView;

/** Who a session signs in, as the API's {@code GET /api/me} told it at sign-in. */
public record Account(UUID id, String email, Set<String> roles, UUID businessId) {

    /** The account of the gateway's answer. */
    public static Account of(MeView me) {
        return new Account(me.userId(), me.email(), Set.copyOf(me.roles()),
                me.business() == null ? null : me.business().id());
    }
}
