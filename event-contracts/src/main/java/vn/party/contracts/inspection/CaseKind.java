package vn.party.contracts.inspection;

/** What a case looks at: the lines of the commissions' statistical tables. */
public enum CaseKind {
    /** Thường xuyên. */
    ROUTINE,
    /** Chuyên đề. */
    THEMATIC,
    /** Khi có dấu hiệu vi phạm. */
    SIGNS_OF_VIOLATION,
    /** Việc thực hiện nhiệm vụ kiểm tra, giám sát. */
    DUTY_PERFORMANCE,
    /** Việc thi hành kỷ luật trong Đảng. */
    DISCIPLINE_ENFORCEMENT,
    /** Việc thu, nộp, quản lý và sử dụng đảng phí. */
    DUES,
    /** Tài chính. */
    FINANCE
}
