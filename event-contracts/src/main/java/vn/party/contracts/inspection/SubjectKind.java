package vn.party.contracts.inspection;

/** Who a case, a denunciation or a discipline concerns. */
public enum SubjectKind {
    ORGANISATION,
    MEMBER
}
