package vn.party.membership.admission;

public enum AdmissionStage {
    /** Decided; the ceremony (lễ kết nạp) is still to be held. */
    AWAITING_CEREMONY,
    /** The probationary year is running. */
    ON_PROBATION,
    /** Chuyển đảng chính thức. */
    CONFIRMED,
    /** Xóa tên instead of confirmation. */
    STRUCK_OFF
}
