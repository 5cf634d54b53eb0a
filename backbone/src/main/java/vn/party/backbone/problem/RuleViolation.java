package vn.party.backbone.problem;

/**
 * A domain rule refuses a command (422). Thrown by plain-Java rule classes, which know nothing of HTTP;
 * {@code rule} is a stable name (e.g. {@code orgunit.placement}), the message says why in plain words.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    public RuleViolation(String rule, String message) {
        super(message, null, false, false);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
