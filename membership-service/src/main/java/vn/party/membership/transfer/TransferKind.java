package vn.party.membership.transfer;

public enum TransferKind {
    /** Chuyển sinh hoạt đảng chính thức: the official cell changes. */
    PERMANENT,
    /** Chuyển sinh hoạt đảng tạm thời: attends the host cell, counts in the home cell. */
    TEMPORARY
}
