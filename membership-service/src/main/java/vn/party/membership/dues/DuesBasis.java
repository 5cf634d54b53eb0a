package vn.party.membership.dues;

/** What a member's monthly dues (đảng phí) are reckoned on. */
public enum DuesBasis {
    /** In compulsory social insurance: a share of the salary the insurance is based on (tiền lương đóng BHXH). */
    SALARIED,
    /** Drawing a pension (lương hưu): a share of the pension. */
    PENSIONER,
    /** Pupil or student (học sinh, sinh viên): a fixed amount. */
    STUDENT,
    /**
     * Any other member in the country: farmers, informal or self-employed workers, members without income.
     * A fixed amount. Members abroad pay in foreign currency and are not reckoned here.
     */
    OTHER_IN_WORK
}
