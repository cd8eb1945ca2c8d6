package onestop.platform.problem;

import java.util.List;

/** The {@code If-Match} version is not the current one: someone else changed the object first (412). */
public class StaleVersion extends ProblemException {

    public StaleVersion(String detail) {
        super(detail);
    }

    public StaleVersion(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String slug() {
        return "stale-version";
    }

    @Override
    public String title() {
        return "Changed by someone else";
    }
}
