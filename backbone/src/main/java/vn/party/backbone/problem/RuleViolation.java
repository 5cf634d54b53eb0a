package vn.party.backbone.problem;

/**
 * A domain rule refuses a command (422). Thrown by plain-Java rule classes, which know nothing of HTTP;
 * {@code rule} is a stable name (e.g. {@code orgunit.placement}), the message says why in plain words.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;
    private final java.util.Map<String, Object> facts;

    public RuleViolation(String rule, String message) {
        this(rule, message, java.util.Map.of());
    }

    /** @param facts the figures behind the refusal, answered as problem members (e.g. {@code excellent: 7}) */
    public RuleViolation(String rule, String message, java.util.Map<String, Object> facts) {
        super(message, null, false, false);
        this.rule = rule;
        this.facts = java.util.Map.copyOf(facts);
    }

    public java.util.Map<String, Object> facts() {
        return facts;
    }

    public String rule() {
        return rule;
    }
}
