package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A probationary member became full (chuyển đảng chính thức). {@code effectiveDate} is the end of the
 * 12-month probation even when {@code decidedOn} is later.
 */
@EventType(value = "membership.member.confirmed.v1", schema = "schemas/membership/member.confirmed.v1.json")
public record MemberConfirmed(
        String memberId,
        String unitCode,
        List<String> path,
        LocalDate decidedOn,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
