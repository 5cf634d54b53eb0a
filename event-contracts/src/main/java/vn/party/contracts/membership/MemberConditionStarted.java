package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated condition began beside the status (exempted, suspended, temporarily attached, out of contact).
 *
 * @param endsOn       planned end, null when open
 * @param hostUnitCode the host cell of a temporary attachment, null otherwise
 */
@EventType(value = "membership.member.condition_started.v1", schema = "schemas/membership/member.condition_started.v1.json")
public record MemberConditionStarted(
        String memberId,
        String unitCode,
        List<String> path,
        MemberCondition condition,
        LocalDate endsOn,
        String hostUnitCode,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
