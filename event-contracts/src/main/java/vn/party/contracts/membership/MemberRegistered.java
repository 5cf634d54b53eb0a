package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A member record was opened: a new admission candidate, or an existing member entered from paper or the
 * national database. {@code path} is the unit's place in the tree on {@code effectiveDate}.
 *
 * @param admittedOn  date of the admission decision, null for a candidate
 * @param confirmedOn date the member became full, null unless {@code status} is FULL
 */
@EventType(value = "membership.member.registered.v1", schema = "schemas/membership/member.registered.v1.json")
public record MemberRegistered(
        String memberId,
        String fullName,
        MemberStatus status,
        String unitCode,
        List<String> path,
        LocalDate admittedOn,
        LocalDate confirmedOn,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
