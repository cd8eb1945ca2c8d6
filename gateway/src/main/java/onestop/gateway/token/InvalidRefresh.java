package onestop.gateway.token;

import onestop.platform.problem.ProblemException;

/** A refresh token that is unknown, expired, revoked or already spent (401): sign in again. */
public class InvalidRefresh extends ProblemException {

    public InvalidRefresh() {
        super("This refresh token does not work any more. Sign in again.");
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String slug() {
        return "invalid-refresh-token";
    }

    @Override
    public String title() {
        return "Refresh refused";
    }
}
