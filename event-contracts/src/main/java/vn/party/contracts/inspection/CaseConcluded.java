package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A case was concluded (kết luận): per subject whether a violation was found; the counts of subjects with violations and of those for whom discipline is to be considered. */
@EventType(value = "inspection.case.concluded.v1", schema = "schemas/inspection/case.concluded.v1.json")
public record CaseConcluded(
        String caseId,
        String unitCode,
        List<String> path,
        BodyKind bodyKind,
        BodyLevel bodyLevel,
        CaseActivity activity,
        CaseKind kind,
        boolean planned,
        int organisationsCovered,
        int membersCovered,
        int committeeMembersCovered,
        int organisationsWithViolations,
        int membersWithViolations,
        int committeeMembersWithViolations,
        int disciplineToConsider,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return caseId;
    }
}
