package vn.party.membership.member;

public enum Sex {
    MALE,
    FEMALE
}
