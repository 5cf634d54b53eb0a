package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A member left for a party organisation of another province (chuyển sinh hoạt đảng ra ngoài tỉnh) on
 * {@code effectiveDate}, the date of the introduction letter. From then on the member counts nowhere in
 * this province; reports count a transfer out of every unit above {@code unitCode}.
 *
 * @param destination the receiving organisation, as the letter names it
 */
@EventType(value = "membership.member.transferred_out.v1", schema = "schemas/membership/member.transferred_out.v1.json")
public record MemberTransferredOut(
        String memberId,
        String unitCode,
        List<String> path,
        String destination,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
