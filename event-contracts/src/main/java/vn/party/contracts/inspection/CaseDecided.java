package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A body decided an inspection or a supervision (quyết định kiểm tra/giám sát); unitCode is the body's unit, effectiveDate the decision's date. The figures are what the commissions' statistical tables count. */
@EventType(value = "inspection.case.decided.v1", schema = "schemas/inspection/case.decided.v1.json")
public record CaseDecided(
        String caseId,
        String unitCode,
        List<String> path,
        BodyKind bodyKind,
        BodyLevel bodyLevel,
        CaseActivity activity,
        CaseKind kind,
        boolean planned,
        boolean fromDenunciation,
        int organisationsCovered,
        int membersCovered,
        int committeeMembersCovered,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
