package vn.party.membership.grading;

/** Who is graded: a member (đảng viên) or a party organisation (tổ chức đảng). */
public enum SubjectKind {
    MEMBER,
    ORGANISATION
}
