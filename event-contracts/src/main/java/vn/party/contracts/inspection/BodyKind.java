package vn.party.contracts.inspection;

/** The bodies that inspect, supervise and discipline (DOMAIN.md "Inspection and discipline"). */
public enum BodyKind {
    /** Cấp ủy: the committee of a unit. */
    COMMITTEE,
    /** Ban thường vụ: the committee's standing board. */
    STANDING_BOARD,
    /** Ủy ban kiểm tra: the committee's inspection commission. */
    INSPECTION_COMMISSION,
    /** Chi bộ: a cell acting on its own members. */
    CELL
}
