package vn.party.membership.orgunit;

import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.CellKind;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a unit may stand in the tree (Điều lệ Đảng and its implementing regulations, DOMAIN.md
 * "Membership"). The tree has no fixed depth: intermediate committees may nest, base organisations stand
 * under the province or any intermediate committee, cells only under a base committee.
 */
public final class OrgUnitRules {

    public static final String PLACEMENT = "orgunit.placement";
    public static final String ORGANISATION_TYPE = "orgunit.organisation-type";
    public static final String CELL_KIND = "orgunit.cell-kind";
    /** Changes to a unit are dated in order, and a dissolved unit changes no more. */
    public static final String HISTORY = "orgunit.history";

    private static final Map<UnitKind, Set<UnitKind>> ALLOWED_CHILDREN = Map.of(
            UnitKind.PROVINCE_COMMITTEE, EnumSet.of(UnitKind.INTERMEDIATE_COMMITTEE, UnitKind.BASE_COMMITTEE, UnitKind.BASE_CELL),
            UnitKind.INTERMEDIATE_COMMITTEE, EnumSet.of(UnitKind.INTERMEDIATE_COMMITTEE, UnitKind.BASE_COMMITTEE, UnitKind.BASE_CELL),
            UnitKind.BASE_COMMITTEE, EnumSet.of(UnitKind.CELL),
            UnitKind.BASE_CELL, EnumSet.noneOf(UnitKind.class),
            UnitKind.CELL, EnumSet.noneOf(UnitKind.class));

    /**
     * @param parentKind null when the unit is to be the top of the tree
     * @throws RuleViolation when the unit cannot stand there or its organisation type does not fit its kind
     */
    public static void checkPlacement(UnitKind kind, UnitKind parentKind, OrganisationType organisationType) {
        if (parentKind == null) {
            if (kind != UnitKind.PROVINCE_COMMITTEE) {
                throw new RuleViolation(PLACEMENT, "only a province committee stands at the top of the tree; "
                        + kind + " needs a parent");
            }
        } else if (!ALLOWED_CHILDREN.get(parentKind).contains(kind)) {
            throw new RuleViolation(PLACEMENT, "a " + kind + " cannot stand under a " + parentKind
                    + (ALLOWED_CHILDREN.get(parentKind).isEmpty() ? " (it has no units under it)"
                    : " (allowed: " + ALLOWED_CHILDREN.get(parentKind) + ")"));
        }
        if (kind.isBaseOrganisation() && organisationType == null) {
            throw new RuleViolation(ORGANISATION_TYPE, "a base organisation needs its organisation type (loại hình)");
        }
        if (!kind.isBaseOrganisation() && organisationType != null) {
            throw new RuleViolation(ORGANISATION_TYPE, "only base organisations have an organisation type");
        }
    }

    /**
     * What a unit founded now may be: a commune, ward or town is one of the three (committees report them apart),
     * not the legacy COMMUNE_WARD that units recorded before still carry; only a cell has a cell kind.
     */
    public static void checkNewUnit(UnitKind kind, OrganisationType organisationType, CellKind cellKind) {
        if (organisationType != null && organisationType.isLegacy()) {
            throw new RuleViolation(ORGANISATION_TYPE, "COMMUNE_WARD is kept for units recorded before communes, wards and "
                    + "towns were told apart; a new unit is COMMUNE (xã), WARD (phường) or TOWN (thị trấn)",
                    Map.of("allowed", List.of(OrganisationType.COMMUNE.name(), OrganisationType.WARD.name(),
                            OrganisationType.TOWN.name())));
        }
        if (cellKind != null && kind != UnitKind.CELL) {
            throw new RuleViolation(CELL_KIND, "only a cell (CELL) has a cell kind (loại hình chi bộ); a " + kind
                    + " has an organisation type or none");
        }
    }

    private OrgUnitRules() {
    }
}
