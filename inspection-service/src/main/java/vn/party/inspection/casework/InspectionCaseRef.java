package vn.party.inspection.casework;

import java.util.UUID;

/** A case just opened for another feature. */
public record InspectionCaseRef(UUID id) {
}
