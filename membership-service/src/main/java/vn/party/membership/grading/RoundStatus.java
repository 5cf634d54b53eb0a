package vn.party.membership.grading;

/** A grading round is open while grades are entered as drafts; closing makes them final. */
public enum RoundStatus {
    OPEN,
    CLOSED
}
