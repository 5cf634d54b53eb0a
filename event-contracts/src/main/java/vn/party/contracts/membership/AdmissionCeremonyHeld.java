package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** The admission ceremony was held on {@code effectiveDate}; probation runs until {@code probationEndsOn}. */
@EventType(value = "membership.member.ceremony_held.v1", schema = "schemas/membership/member.ceremony_held.v1.json")
public record AdmissionCeremonyHeld(
        String memberId,
        String unitCode,
        List<String> path,
        LocalDate probationEndsOn,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
