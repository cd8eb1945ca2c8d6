package onestop.platform.problem;

import java.util.List;

/** The body's media type (or an upload's real content type) is not accepted (415). */
public class UnsupportedMediaType extends ProblemException {

    public UnsupportedMediaType(String detail) {
        super(detail);
    }

    public UnsupportedMediaType(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String slug() {
        return "unsupported-media-type";
    }

    @Override
    public String title() {
        return "Unsupported media type";
    }
}
