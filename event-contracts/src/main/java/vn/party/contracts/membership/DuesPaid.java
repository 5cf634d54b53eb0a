package vn.party.contracts.membership;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's party dues (đảng phí) for one month were paid to their cell: one event per member and month,
 * so reporting can count who paid, roll amounts up the tree and follow a member's months without calling
 * the service.
 *
 * @param unitCode   the cell that collected
 * @param month      the month paid for, {@code YYYY-MM}
 * @param amountDong what was paid, in đồng
 */
@EventType(value = "membership.dues.paid.v1", schema = "schemas/membership/dues.paid.v1.json")
public record DuesPaid(
        String memberId,
        String unitCode,
        List<String> path,
        String month,
        long amountDong,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
