package vn.party.contracts.membership;

/** Dated conditions that stand beside the status (DOMAIN.md "Membership"). */
public enum MemberCondition {
    /** Miễn công tác và sinh hoạt đảng. */
    EXEMPTED,
    /** Đình chỉ sinh hoạt: temporary, pending a decision. */
    SUSPENDED,
    /** Sinh hoạt tạm thời: counts in the home cell, not the host's. */
    TEMPORARILY_ATTACHED,
    /** Mất liên lạc. */
    OUT_OF_CONTACT
}
