package vn.party.cadre.rules;

/** Groups of posts as the planning report counts them (the committee itself, departments, ...). */
public enum PositionGroup {
    COMMITTEE,
    INSPECTION_COMMISSION,
    DEPARTMENT,
    GOVERNMENT,
    FRONT_AND_MASS_ORGANISATIONS,
    VILLAGE,
    AGENCY
}
