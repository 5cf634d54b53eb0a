package vn.party.cadre.position;

/** How a holder came to the post. */
public enum AppointmentMethod {
    /** Bổ nhiệm theo quy trình giới thiệu. */
    NOMINATION,
    /** Thi tuyển: competitive selection, piloted for department heads in some towns. */
    COMPETITIVE_SELECTION,
    /** Bầu cử: elected by a congress or a committee. */
    ELECTION,
    /** Luân chuyển: came by a rotation. */
    ROTATION;

    /** Appointed (not elected or rotated): the first-appointment rule applies and reappointment falls due. */
    public boolean appointed() {
        return this == NOMINATION || this == COMPETITIVE_SELECTION;
    }
}
