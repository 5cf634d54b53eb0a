package vn.party.contracts.membership;

/** Who set an admission target: the unit itself (its own resolution) or the committee above it. */
public enum TargetSetter {
    /** Chỉ tiêu do đơn vị tự đặt. */
    OWN,
    /** Chỉ tiêu cấp trên giao. */
    SUPERIOR
}
