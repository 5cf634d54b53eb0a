package vn.party.cadre.rules;

/** Training programmes: political theory, state management, refresher courses, each track ranked. */
public enum ProgrammeKind {
    /** Sơ cấp lý luận chính trị. */
    ELEMENTARY_POLITICAL_THEORY(Track.POLITICAL_THEORY, 1),
    /** Trung cấp lý luận chính trị. */
    INTERMEDIATE_POLITICAL_THEORY(Track.POLITICAL_THEORY, 2),
    /** Cao cấp lý luận chính trị. */
    ADVANCED_POLITICAL_THEORY(Track.POLITICAL_THEORY, 3),
    /** Quản lý nhà nước ngạch chuyên viên. */
    STATE_MANAGEMENT_SPECIALIST(Track.STATE_MANAGEMENT, 1),
    /** Quản lý nhà nước ngạch chuyên viên chính. */
    STATE_MANAGEMENT_PRINCIPAL(Track.STATE_MANAGEMENT, 2),
    /** Quản lý nhà nước ngạch chuyên viên cao cấp. */
    STATE_MANAGEMENT_SENIOR(Track.STATE_MANAGEMENT, 3),
    /** Bồi dưỡng, cập nhật kiến thức. */
    REFRESHER(Track.REFRESHER, 1);

    public enum Track { POLITICAL_THEORY, STATE_MANAGEMENT, REFRESHER }

    private final Track track;
    private final int rank;

    ProgrammeKind(Track track, int rank) {
        this.track = track;
        this.rank = rank;
    }

    public Track track() {
        return track;
    }

    public int rank() {
        return rank;
    }

    /** True when completing this programme meets a requirement of {@code required}. */
    public boolean satisfies(ProgrammeKind required) {
        return track == required.track && rank >= required.rank;
    }
}
