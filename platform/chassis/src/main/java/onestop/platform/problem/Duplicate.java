package onestop.platform.problem;

import java.util.List;

/** The object already exists, e.g. a second response to the same opportunity (409). */
public class Duplicate extends ProblemException {

    public Duplicate(String detail) {
        super(detail);
    }

    public Duplicate(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String slug() {
        return "duplicate";
    }

    @Override
    public String title() {
        return "Already exists";
    }
}
