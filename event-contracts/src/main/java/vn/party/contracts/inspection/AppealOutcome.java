package vn.party.contracts.inspection;

/** What the body that heard an appeal (khiếu nại kỷ luật) decided. */
public enum AppealOutcome {
    UPHELD,
    REDUCED,
    INCREASED,
    ANNULLED
}
