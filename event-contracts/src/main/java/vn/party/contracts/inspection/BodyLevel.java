package vn.party.contracts.inspection;

/** The level of a body's unit, which decides what it may do. */
public enum BodyLevel {
    /** Tỉnh ủy. */
    PROVINCE,
    /** Huyện ủy, Đảng ủy trực thuộc tỉnh. */
    INTERMEDIATE,
    /** Đảng ủy cơ sở. */
    BASE,
    /** Chi bộ (cơ sở or trực thuộc). */
    CELL
}
