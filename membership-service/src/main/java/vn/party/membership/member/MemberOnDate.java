package vn.party.membership.member;

import vn.party.contracts.membership.MemberStatus;

import java.time.LocalDate;
import java.util.UUID;

/** A member as they stood on a date: their status then and the official cell they counted in. */
public record MemberOnDate(UUID id, String fullName, LocalDate dateOfBirth, Sex sex, MemberStatus status,
                           long unitId, String unitCode) {
}
