package onestop.gateway.me;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;

/** The gateway account behind the verified token: its {@code sub} is the user id. */
@RequestScoped
public class SignedInUser {

    private final Caller caller;

    SignedInUser(Caller caller) {
        this.caller = caller;
    }

    public UUID id() {
        try {
            return UUID.fromString(caller.subject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("This token names no account of this gateway.");
        }
    }
}
