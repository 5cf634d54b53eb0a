package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A follow-up action of a conclusion passed its deadline without being completed; effectiveDate is the first day overdue. */
@EventType(value = "inspection.follow_up.overdue.v1", schema = "schemas/inspection/follow_up.overdue.v1.json")
public record FollowUpOverdue(
        String actionId,
        String caseId,
        String unitCode,
        List<String> path,
        LocalDate deadline,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return actionId;
    }
}
