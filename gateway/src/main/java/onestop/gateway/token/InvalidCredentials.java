package onestop.gateway.token;

import onestop.platform.problem.ProblemException;

/** Wrong email or password: one answer for both, so that nobody learns which emails have accounts (401). */
public class InvalidCredentials extends ProblemException {

    public InvalidCredentials() {
        super("The email address or password is not right.");
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String slug() {
        return "invalid-credentials";
    }

    @Override
    public String title() {
        return "Sign-in refused";
    }
}
