package onestop.platform.problem;

import java.util.List;

/** The caller is signed in but their role may not do this (403). */
public class Forbidden extends ProblemException {

    public Forbidden(String detail) {
        super(detail);
    }

    public Forbidden(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String slug() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Not allowed for your role";
    }
}
