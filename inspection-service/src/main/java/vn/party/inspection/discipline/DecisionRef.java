package vn.party.inspection.discipline;

import vn.party.contracts.inspection.SubjectKind;

import java.util.UUID;

/** What other features know of a decision: whom it concerns. */
public record DecisionRef(UUID id, SubjectKind subjectKind, String subjectUnitCode, UUID memberId) {
}
