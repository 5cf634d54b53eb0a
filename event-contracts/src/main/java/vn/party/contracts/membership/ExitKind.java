package vn.party.contracts.membership;

/**
 * How a member left (DOMAIN.md "Exits"): statuses with dates, never deletions. TRANSFERRED_OUT leaves this
 * province's records, not the party: the member went to another province and may come back by a transfer in.
 */
public enum ExitKind {
    /** Xóa tên: administrative removal, not a discipline. */
    STRUCK_OFF,
    /** Cho ra khỏi Đảng: on request or by decision. */
    RELEASED,
    /** Khai trừ: from a discipline decision. */
    EXPELLED,
    DECEASED,
    /** Chuyển sinh hoạt đảng ra ngoài tỉnh. */
    TRANSFERRED_OUT
}
