package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's official cell changed (chuyển sinh hoạt đảng chính thức) on {@code effectiveDate}: out of
 * {@code fromUnitCode}, into {@code unitCode}. Reports count it as a transfer out of every unit above the
 * old cell and not above the new one, and in for the converse.
 *
 * @param reason TRANSFER for a member's own move, RESTRUCTURING when a merger, split or dissolution moved them
 */
@EventType(value = "membership.member.transferred.v1", schema = "schemas/membership/member.transferred.v1.json")
public record MemberTransferred(
        String memberId,
        String fromUnitCode,
        List<String> fromPath,
        String unitCode,
        List<String> path,
        String reason,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
