package vn.party.inspection.rules;

import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.UnitKind;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;

/**
 * Which bodies a unit has (Điều lệ Đảng ch. VII–VIII): a committee, its standing board and its inspection
 * commission for a committee unit; the cell itself for a cell. The level of the unit decides what the body may do.
 */
public final class BodyRules {

    public static final String KIND_FOR_UNIT = "body.kind-not-for-unit";

    public static BodyLevel levelOf(UnitKind unitKind) {
        return switch (unitKind) {
            case PROVINCE_COMMITTEE -> BodyLevel.PROVINCE;
            case INTERMEDIATE_COMMITTEE -> BodyLevel.INTERMEDIATE;
            case BASE_COMMITTEE -> BodyLevel.BASE;
            case BASE_CELL, CELL -> BodyLevel.CELL;
        };
    }

    public static void checkKindForUnit(BodyKind kind, UnitKind unitKind) {
        boolean cell = levelOf(unitKind) == BodyLevel.CELL;
        if (cell != (kind == BodyKind.CELL)) {
            throw new RuleViolation(KIND_FOR_UNIT, cell ? "a cell acts as the cell itself (kind CELL)"
                    : "a committee unit's bodies are its COMMITTEE, STANDING_BOARD and INSPECTION_COMMISSION");
        }
    }

    private BodyRules() {
    }
}
