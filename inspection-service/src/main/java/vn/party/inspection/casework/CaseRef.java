package vn.party.inspection.casework;

import vn.party.inspection.rules.CaseRules;

import java.util.UUID;

/** What other features know of a case. */
public record CaseRef(UUID id, UUID bodyId, String unitCode, CaseRules.Status status) {
}
