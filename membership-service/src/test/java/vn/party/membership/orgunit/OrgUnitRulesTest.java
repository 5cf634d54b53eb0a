package vn.party.membership.orgunit;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.OrganisationType;
import vn.party.contracts.UnitKind;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgUnitRulesTest {

    @Test
    void onlyAProvinceCommitteeStandsAtTheTop() {
        assertThatCode(() -> OrgUnitRules.checkPlacement(UnitKind.PROVINCE_COMMITTEE, null, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OrgUnitRules.checkPlacement(UnitKind.INTERMEDIATE_COMMITTEE, null, null))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(OrgUnitRules.PLACEMENT);
    }

    @Test
    void intermediateCommitteesNestToAnyDepth() {
        assertThatCode(() -> OrgUnitRules.checkPlacement(UnitKind.INTERMEDIATE_COMMITTEE, UnitKind.INTERMEDIATE_COMMITTEE, null))
                .doesNotThrowAnyException();
    }

    @Test
    void aBaseOrganisationStandsUnderTheProvinceOrAnIntermediateCommittee() {
        assertThatCode(() -> OrgUnitRules.checkPlacement(UnitKind.BASE_CELL, UnitKind.PROVINCE_COMMITTEE, OrganisationType.SCHOOL))
                .doesNotThrowAnyException();
        assertThatCode(() -> OrgUnitRules.checkPlacement(UnitKind.BASE_COMMITTEE, UnitKind.INTERMEDIATE_COMMITTEE, OrganisationType.COMMUNE_WARD))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OrgUnitRules.checkPlacement(UnitKind.BASE_CELL, UnitKind.BASE_COMMITTEE, OrganisationType.SCHOOL))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void cellsStandOnlyUnderABaseCommitteeAndNothingStandsUnderACell() {
        assertThatCode(() -> OrgUnitRules.checkPlacement(UnitKind.CELL, UnitKind.BASE_COMMITTEE, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OrgUnitRules.checkPlacement(UnitKind.CELL, UnitKind.PROVINCE_COMMITTEE, null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> OrgUnitRules.checkPlacement(UnitKind.CELL, UnitKind.CELL, null))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> OrgUnitRules.checkPlacement(UnitKind.CELL, UnitKind.BASE_CELL, null))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aBaseOrganisationNeedsItsTypeAndOnlyItHasOne() {
        assertThatThrownBy(() -> OrgUnitRules.checkPlacement(UnitKind.BASE_COMMITTEE, UnitKind.PROVINCE_COMMITTEE, null))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(OrgUnitRules.ORGANISATION_TYPE);
        assertThatThrownBy(() -> OrgUnitRules.checkPlacement(UnitKind.CELL, UnitKind.BASE_COMMITTEE, OrganisationType.HEALTH))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(OrgUnitRules.ORGANISATION_TYPE);
    }

    @Test
    void aNewUnitIsACommuneAWardOrATownNotTheUndividedTypeAndOnlyACellHasACellKind() {
        assertThatThrownBy(() -> OrgUnitRules.checkNewUnit(UnitKind.BASE_COMMITTEE, OrganisationType.COMMUNE_WARD, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("COMMUNE (xã), WARD (phường) or TOWN (thị trấn)");
        for (OrganisationType type : new OrganisationType[] {OrganisationType.COMMUNE, OrganisationType.WARD, OrganisationType.TOWN}) {
            assertThatCode(() -> OrgUnitRules.checkNewUnit(UnitKind.BASE_COMMITTEE, type, null)).doesNotThrowAnyException();
            // a unit recorded before still moves: placement does not refuse the legacy type
            assertThatCode(() -> OrgUnitRules.checkPlacement(UnitKind.BASE_COMMITTEE, UnitKind.INTERMEDIATE_COMMITTEE, type))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> OrgUnitRules.checkNewUnit(UnitKind.CELL, null, vn.party.contracts.CellKind.CREDIT_FUND))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OrgUnitRules.checkNewUnit(UnitKind.BASE_CELL, OrganisationType.SCHOOL, vn.party.contracts.CellKind.SCHOOL))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("only a cell");
    }
}
