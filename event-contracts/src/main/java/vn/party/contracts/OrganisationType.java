package vn.party.contracts;

/** Loại hình tổ chức cơ sở đảng: the type of a base organisation, a standard report line. */
public enum OrganisationType {
    COMMUNE_WARD,
    STATE_AGENCY,
    PUBLIC_SERVICE_UNIT,
    STATE_ENTERPRISE,
    PRIVATE_ENTERPRISE,
    COOPERATIVE,
    ARMY,
    POLICE,
    SCHOOL,
    HEALTH
}
