package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A member's party activity was suspended (đình chỉ sinh hoạt đảng) from effectiveDate until endsOn (the first day back). */
@EventType(value = "inspection.suspension.started.v1", schema = "schemas/inspection/suspension.started.v1.json")
public record SuspensionStarted(
        String suspensionId,
        String memberId,
        String unitCode,
        List<String> path,
        BodyKind bodyKind,
        BodyLevel bodyLevel,
        String bodyUnitCode,
        LocalDate endsOn,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
