package vn.party.membership.meeting;

/** How a person stood at a meeting: có mặt, vắng có lý do, vắng không có lý do. */
public enum Attendance {
    PRESENT,
    ABSENT_WITH_REASON,
    ABSENT_WITHOUT_REASON
}
