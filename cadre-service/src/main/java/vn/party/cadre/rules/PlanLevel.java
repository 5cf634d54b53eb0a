package vn.party.cadre.rules;

/** The level a succession plan is made for: the province, a committee directly under it, a base organisation. */
public enum PlanLevel {
    PROVINCE,
    INTERMEDIATE,
    BASE
}
