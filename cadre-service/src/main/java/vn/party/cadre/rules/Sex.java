package vn.party.cadre.rules;

/** Giới tính: the retirement age and the share of women depend on it. */
public enum Sex {
    MALE,
    FEMALE
}
