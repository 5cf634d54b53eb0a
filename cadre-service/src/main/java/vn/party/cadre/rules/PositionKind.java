package vn.party.cadre.rules;

/**
 * Kinds of leadership posts (chức vụ): the party's own posts and the posts outside the party tree that the
 * same people hold (concurrent posts, kiêm nhiệm). {@code head} marks the head of a unit (người đứng đầu),
 * to whom the two-consecutive-terms rule applies.
 */
public enum PositionKind {
    /** Bí thư. */
    SECRETARY(true, true, PositionGroup.COMMITTEE),
    /** Phó Bí thư thường trực. */
    STANDING_DEPUTY_SECRETARY(true, false, PositionGroup.COMMITTEE),
    /** Phó Bí thư. */
    DEPUTY_SECRETARY(true, false, PositionGroup.COMMITTEE),
    /** Ủy viên Ban Thường vụ. */
    STANDING_COMMITTEE_MEMBER(true, false, PositionGroup.COMMITTEE),
    /** Cấp ủy viên. */
    COMMITTEE_MEMBER(true, false, PositionGroup.COMMITTEE),
    /** Chủ nhiệm Ủy ban Kiểm tra. */
    INSPECTION_COMMISSION_CHAIR(true, true, PositionGroup.INSPECTION_COMMISSION),
    /** Trưởng ban (ban xây dựng Đảng). */
    DEPARTMENT_HEAD(true, true, PositionGroup.DEPARTMENT),
    /** Phó trưởng ban. */
    DEPUTY_DEPARTMENT_HEAD(true, false, PositionGroup.DEPARTMENT),
    /** Chủ tịch Ủy ban nhân dân. */
    PEOPLES_COMMITTEE_CHAIR(false, true, PositionGroup.GOVERNMENT),
    /** Chủ tịch Hội đồng nhân dân. */
    PEOPLES_COUNCIL_CHAIR(false, true, PositionGroup.GOVERNMENT),
    /** Trưởng thôn, tổ trưởng tổ dân phố. */
    VILLAGE_HEAD(false, true, PositionGroup.VILLAGE),
    /** Chủ tịch Ủy ban Mặt trận Tổ quốc. */
    FRONT_CHAIR(false, true, PositionGroup.FRONT_AND_MASS_ORGANISATIONS),
    /** Người đứng đầu đoàn thể (Hội Phụ nữ, Đoàn Thanh niên, Hội Nông dân, Hội Cựu chiến binh, Công đoàn). */
    MASS_ORGANISATION_HEAD(false, true, PositionGroup.FRONT_AND_MASS_ORGANISATIONS),
    /** Giám đốc, thủ trưởng cơ quan, đơn vị. */
    AGENCY_DIRECTOR(false, true, PositionGroup.AGENCY);

    private final boolean partyPost;
    private final boolean head;
    private final PositionGroup group;

    PositionKind(boolean partyPost, boolean head, PositionGroup group) {
        this.partyPost = partyPost;
        this.head = head;
        this.group = group;
    }

    public boolean partyPost() {
        return partyPost;
    }

    public boolean head() {
        return head;
    }

    public PositionGroup group() {
        return group;
    }
}
