package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** A discipline decision (quyết định kỷ luật) against a member or an organisation. unitCode and path are the subject's unit (the member's cell or the organisation) on effectiveDate; bodyUnitCode the issuing body's unit. */
@EventType(value = "inspection.discipline.decided.v1", schema = "schemas/inspection/discipline.decided.v1.json")
public record DisciplineDecided(
        String decisionId,
        DisciplineForm form,
        SubjectKind subjectKind,
        String memberId,
        String unitCode,
        List<String> path,
        BodyKind bodyKind,
        BodyLevel bodyLevel,
        String bodyUnitCode,
        String caseId,
        boolean decidedAtOwnCell,
        String regulation,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        // a member's discipline, suspensions and appeals stay in order for membership's consumer
        return memberId != null ? memberId : decisionId;
    }
}
