package vn.party.contracts.inspection;

/** Đúng, đúng một phần, sai. */
public enum DenunciationOutcome {
    WELL_FOUNDED,
    PARTLY_FOUNDED,
    UNFOUNDED
}
