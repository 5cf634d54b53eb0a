package vn.party.membership.grading;

/** Annual quality grades (xếp loại chất lượng). Which apply depends on the year and on who is graded. */
public enum Grade {
    /** Trong sạch, vững mạnh: the top grade of organisations for the years up to 2017. */
    CLEAN_AND_STRONG,
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ (for organisations up to 2017: yếu kém). */
    NOT_COMPLETED
}
