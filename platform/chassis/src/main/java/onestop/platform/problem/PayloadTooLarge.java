package onestop.platform.problem;

import java.util.List;

/** The body or upload is larger than allowed (413). */
public class PayloadTooLarge extends ProblemException {

    public PayloadTooLarge(String detail) {
        super(detail);
    }

    public PayloadTooLarge(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String slug() {
        return "payload-too-large";
    }

    @Override
    public String title() {
        return "Too large";
    }
}
