package vn.party.contracts.membership;

/** Lifecycle status of a member record, one at a time (DOMAIN.md "Membership"). */
public enum MemberStatus {
    /** Quần chúng ưu tú: being prepared for admission. */
    CANDIDATE,
    /** Đảng viên dự bị: admitted, serving the probationary year. */
    PROBATIONARY,
    /** Đảng viên chính thức. */
    FULL,
    /** Out of the party, or out of this province's records (TRANSFERRED_OUT); {@link ExitKind} says how. */
    LEFT
}
