package vn.party.contracts;

/**
 * Loại hình chi bộ: the kind of a cell (chi bộ trực thuộc đảng ủy cơ sở) as committees count cells in their
 * reports: residential (thôn, tổ dân phố), agency, enterprise, military, police, school, health, people's
 * credit fund, and the others.
 */
public enum CellKind {
    /** Chi bộ thôn, tổ dân phố (khu dân cư). */
    RESIDENTIAL,
    /** Chi bộ cơ quan. */
    AGENCY,
    /** Chi bộ doanh nghiệp. */
    ENTERPRISE,
    /** Chi bộ quân đội. */
    MILITARY,
    /** Chi bộ công an. */
    POLICE,
    /** Chi bộ trường học. */
    SCHOOL,
    /** Chi bộ y tế. */
    HEALTH,
    /** Chi bộ quỹ tín dụng nhân dân. */
    CREDIT_FUND,
    /** Chi bộ khác. */
    OTHER
}
