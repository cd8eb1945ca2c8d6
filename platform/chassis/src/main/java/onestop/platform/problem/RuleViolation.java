package onestop.platform.problem;

import java.util.List;

/** The request is well formed but a business rule refuses it; {@code errors} lists every reason (422). */
public class RuleViolation extends ProblemException {

    public RuleViolation(String detail) {
        super(detail);
    }

    public RuleViolation(String detail, List<Problem.FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String slug() {
        return "rule-violation";
    }

    @Override
    public String title() {
        return "Refused by a business rule";
    }
}
