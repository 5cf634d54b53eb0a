package vn.party.inspection.rules;

import vn.party.backbone.problem.RuleViolation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an inspection or supervision (22-QĐ/TW, 296-QĐ/TW): decided → in progress → concluded →
 * follow-up → closed. A concluded case without follow-up actions may close at once.
 */
public final class CaseRules {

    public static final String TRANSITION = "case.transition";
    public static final String OPEN_ACTIONS = "case.open-follow-up-actions";

    public enum Status { DECIDED, IN_PROGRESS, CONCLUDED, FOLLOW_UP, CLOSED }

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            Status.DECIDED, EnumSet.of(Status.IN_PROGRESS),
            Status.IN_PROGRESS, EnumSet.of(Status.CONCLUDED),
            Status.CONCLUDED, EnumSet.of(Status.FOLLOW_UP, Status.CLOSED),
            Status.FOLLOW_UP, EnumSet.of(Status.FOLLOW_UP, Status.CLOSED),
            Status.CLOSED, EnumSet.noneOf(Status.class));

    public static void checkTransition(Status from, Status to) {
        if (!NEXT.get(from).contains(to)) {
            throw new RuleViolation(TRANSITION, "a case " + from + " cannot become " + to + "; next: " + NEXT.get(from),
                    Map.of("status", from.name()));
        }
    }

    public static void checkClosable(long openActions) {
        if (openActions > 0) {
            throw new RuleViolation(OPEN_ACTIONS, openActions + " follow-up action(s) are not completed",
                    Map.of("openActions", openActions));
        }
    }

    private CaseRules() {
    }
}
