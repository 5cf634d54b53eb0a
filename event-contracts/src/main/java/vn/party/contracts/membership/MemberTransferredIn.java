package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A member from a party organisation of another province reported to {@code unitCode} on
 * {@code effectiveDate}: a new record here, or a record that had transferred out coming back.
 *
 * @param origin the sending organisation, as its letter names it
 */
@EventType(value = "membership.member.transferred_in.v1", schema = "schemas/membership/member.transferred_in.v1.json")
public record MemberTransferredIn(
        String memberId,
        String fullName,
        MemberStatus status,
        String unitCode,
        List<String> path,
        String origin,
        boolean returning,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
