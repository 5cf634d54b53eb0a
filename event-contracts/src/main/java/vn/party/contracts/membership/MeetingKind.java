package vn.party.contracts.membership;

/** Sinh hoạt chi bộ: the monthly regular meeting or a thematic one (at least quarterly). */
public enum MeetingKind {
    REGULAR,
    THEMATIC
}
