package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's status changed other than by admission or confirmation: an exit (with its kind) or a return
 * to candidacy before readmission.
 *
 * @param exitKind set when {@code status} is LEFT
 */
@EventType(value = "membership.member.status_changed.v1", schema = "schemas/membership/member.status_changed.v1.json")
public record MemberStatusChanged(
        String memberId,
        String unitCode,
        List<String> path,
        MemberStatus previousStatus,
        MemberStatus status,
        ExitKind exitKind,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
