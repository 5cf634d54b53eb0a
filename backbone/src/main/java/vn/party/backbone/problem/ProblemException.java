package vn.party.backbone.problem;

/**
 * Thrown by services to answer with a problem. Prefer the factory methods: they say what happened in the
 * words of the API ({@code notFound}, {@code conflict}, {@code ruleViolated}).
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, what + " does not exist"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, detail));
    }

    /** A domain rule refuses the command (422); {@code rule} is a stable name clients can show or look up. */
    public static ProblemException ruleViolated(String rule, String detail) {
        return new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, detail).withRule(rule));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(ProblemType.VALIDATION, field + ": " + message)
                .withErrors(java.util.List.of(new Problem.FieldError(field, message))));
    }
}
