package vn.party.membership.orgunit;

import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;

import java.util.EnumSet;
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

    private OrgUnitRules() {
    }
}
