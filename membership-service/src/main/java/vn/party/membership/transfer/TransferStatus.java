package vn.party.membership.transfer;

public enum TransferStatus {
    /** The introduction letter is issued; the member has not yet reported to the receiving cell. */
    SENT,
    /** The member reported and the receiving cell recorded it. */
    RECEIVED,
    /** A temporary transfer that ended: the member is back in the home cell only. */
    RETURNED,
    CANCELLED
}
