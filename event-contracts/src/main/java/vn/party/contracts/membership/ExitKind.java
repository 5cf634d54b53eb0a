package vn.party.contracts.membership;

/** How a member left (DOMAIN.md "Exits"): statuses with dates, never deletions. */
public enum ExitKind {
    /** Xóa tên: administrative removal, not a discipline. */
    STRUCK_OFF,
    /** Cho ra khỏi Đảng: on request or by decision. */
    RELEASED,
    /** Khai trừ: from a discipline decision. */
    EXPELLED,
    DECEASED
}
