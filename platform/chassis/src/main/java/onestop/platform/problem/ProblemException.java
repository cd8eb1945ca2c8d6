package onestop.platform.problem;

import java.util.List;

/**
 * A refusal the caller can act on, answered as {@link Problem} by {@link ProblemExceptionMapper}.
 * Domain code throws one of the subclasses; resources never build error responses themselves.
 */
public abstract class ProblemException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    protected ProblemException(String detail) {
        this(detail, List.of());
    }

    protected ProblemException(String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** The HTTP status of the answer. */
    public abstract int status();

    /** The stable last segment of the problem {@code type} URI, e.g. {@code illegal-transition}. */
    public abstract String slug();

    /** The short, fixed title for this kind of problem. */
    public abstract String title();

    /** Headers the answer carries besides the problem document, e.g. {@code Retry-After}. */
    public java.util.Map<String, String> headers() {
        return java.util.Map.of();
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return Problem.of(slug(), title(), status(), getMessage()).withErrors(errors);
    }
}
