package vn.party.contracts;

/** Loại hình tổ chức cơ sở đảng: the type of a base organisation, a standard report line. */
public enum OrganisationType {
    /** Xã. */
    COMMUNE,
    /** Phường. */
    WARD,
    /** Thị trấn. */
    TOWN,
    /**
     * Xã, phường, thị trấn not told apart: units and events recorded before the three types were kept
     * separately still carry it, and reports show it as its own line. New units take COMMUNE, WARD or TOWN.
     */
    COMMUNE_WARD,
    STATE_AGENCY,
    PUBLIC_SERVICE_UNIT,
    STATE_ENTERPRISE,
    PRIVATE_ENTERPRISE,
    COOPERATIVE,
    ARMY,
    POLICE,
    SCHOOL,
    HEALTH;

    /** The legacy value a new unit may no longer take. */
    public boolean isLegacy() {
        return this == COMMUNE_WARD;
    }

    /** A commune-level organisation: a commune, ward or town, or one recorded before they were told apart. */
    public boolean isCommuneLevel() {
        return this == COMMUNE || this == WARD || this == TOWN || this == COMMUNE_WARD;
    }
}
