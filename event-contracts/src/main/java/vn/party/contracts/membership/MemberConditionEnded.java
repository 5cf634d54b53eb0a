package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A condition ended on {@code effectiveDate} (the last day it applied is the day before). */
@EventType(value = "membership.member.condition_ended.v1", schema = "schemas/membership/member.condition_ended.v1.json")
public record MemberConditionEnded(
        String memberId,
        String unitCode,
        List<String> path,
        MemberCondition condition,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
