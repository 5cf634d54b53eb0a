package vn.party.contracts;

/**
 * Where a unit stands in the party tree (DOMAIN.md "Membership"). The tree has no fixed depth: zero or
 * more intermediate committees may stand between the province and a base organisation.
 */
public enum UnitKind {
    /** Tỉnh ủy / Đảng bộ tỉnh. */
    PROVINCE_COMMITTEE,
    /** Huyện ủy, Thị ủy, Thành ủy (until 2025-07-01) or Đảng bộ trực thuộc tỉnh. */
    INTERMEDIATE_COMMITTEE,
    /** Đảng bộ cơ sở: a base organisation with cells under it. */
    BASE_COMMITTEE,
    /** Chi bộ cơ sở: a base organisation without cells; members belong to it directly. */
    BASE_CELL,
    /** Chi bộ trực thuộc: a cell under a base committee. */
    CELL;

    public boolean isBaseOrganisation() {
        return this == BASE_COMMITTEE || this == BASE_CELL;
    }
}
