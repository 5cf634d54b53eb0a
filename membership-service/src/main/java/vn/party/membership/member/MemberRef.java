package vn.party.membership.member;

import vn.party.contracts.membership.MemberStatus;
import vn.party.membership.orgunit.UnitRef;

import java.time.LocalDate;
import java.util.UUID;

/** What other features of this service know of a member: they never touch the {@link Member} entity. */
public record MemberRef(UUID id, String fullName, LocalDate dateOfBirth, MemberStatus status, UnitRef unit) {
}
