package vn.party.membership.member;

/** Trình độ lý luận chính trị. */
public enum PoliticalTheory {
    NONE,
    /** Sơ cấp. */
    ELEMENTARY,
    /** Trung cấp. */
    INTERMEDIATE,
    /** Cao cấp. */
    ADVANCED,
    /** Cử nhân. */
    BACHELOR
}
