package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A case was closed once its follow-up was done. */
@EventType(value = "inspection.case.closed.v1", schema = "schemas/inspection/case.closed.v1.json")
public record CaseClosed(
        String caseId,
        String unitCode,
        List<String> path,
        BodyKind bodyKind,
        BodyLevel bodyLevel,
        CaseActivity activity,
        CaseKind kind,
        boolean planned,
        int followUpActions,
        int followUpActionsLate,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
