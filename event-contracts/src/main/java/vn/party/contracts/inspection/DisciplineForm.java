package vn.party.contracts.inspection;

/** Hình thức kỷ luật, from the lightest; which apply to whom is in inspection-service's DisciplineRules. */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Cách chức: members holding a post only. */
    REMOVAL_FROM_POST,
    /** Khai trừ: members. */
    EXPULSION,
    /** Giải tán: organisations. */
    DISSOLUTION
}
