package onestop.platform.problem;

import java.util.List;

/** The object's current state does not allow this action (409). */
public class IllegalTransition extends ProblemException {

    public IllegalTransition(String detail) {
        super(detail);
    }

    public IllegalTransition(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String slug() {
        return "illegal-transition";
    }

    @Override
    public String title() {
        return "Not allowed in the current state";
    }
}
