package onestop.platform.problem;

import java.util.List;

/** The object does not exist or is not the caller's: both answer 404 so that nobody learns what others have. */
public class NotFound extends ProblemException {

    public NotFound(String detail) {
        super(detail);
    }

    public NotFound(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String slug() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }
}
