package onestop.platform.problem;

import java.util.List;

/** The request is malformed or a field is invalid; {@code errors} names the fields (400). */
public class InvalidInput extends ProblemException {

    public InvalidInput(String detail) {
        super(detail);
    }

    public InvalidInput(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String slug() {
        return "invalid-input";
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
