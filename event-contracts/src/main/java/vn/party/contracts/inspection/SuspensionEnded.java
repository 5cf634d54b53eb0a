package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A suspension ended on effectiveDate; early when before its planned end. */
@EventType(value = "inspection.suspension.ended.v1", schema = "schemas/inspection/suspension.ended.v1.json")
public record SuspensionEnded(
        String suspensionId,
        String memberId,
        String unitCode,
        List<String> path,
        boolean early,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
