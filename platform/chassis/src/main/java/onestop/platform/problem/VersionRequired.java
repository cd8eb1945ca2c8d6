package onestop.platform.problem;

import java.util.List;

/** The change needs an {@code If-Match} header with the version the caller last read (428). */
public class VersionRequired extends ProblemException {

    public VersionRequired(String detail) {
        super(detail);
    }

    public VersionRequired(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 428;
    }

    @Override
    public String slug() {
        return "version-required";
    }

    @Override
    public String title() {
        return "If-Match required";
    }
}
