package vn.party.contracts.inspection;

import vn.party.contracts.DomainEvent;
import vn.party.contracts.EventType;

import java.time.LocalDate;
import java.util.List;

/** An appeal against a discipline decision was heard: the outcome is a new record beside the decision, which is never edited. resultingForm is null when annulled. */
@EventType(value = "inspection.appeal.decided.v1", schema = "schemas/inspection/appeal.decided.v1.json")
public record AppealDecided(
        String appealId,
        String decisionId,
        AppealOutcome outcome,
        DisciplineForm previousForm,
        DisciplineForm resultingForm,
        SubjectKind subjectKind,
        String memberId,
        String unitCode,
        List<String> path,
        BodyKind bodyKind,
        BodyLevel bodyLevel,
        String bodyUnitCode,
        LocalDate effectiveDate) implements DomainEvent {

    @Override
    public String subject() {
        return memberId != null ? memberId : decisionId;
    }
}
