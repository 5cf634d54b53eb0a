package vn.party.inspection.rules;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.UnitKind;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatisticsAndBodyAndCaseRulesTest {

    @Test
    void periodsFromTheTwentyNinthOfDecember2022AreFiledOnThe885Tables() {
        assertThat(StatisticsRules.inForce(LocalDate.of(2022, 12, 28)).name()).isEqualTo("357-QĐ/UBKTTW");
        assertThat(StatisticsRules.inForce(LocalDate.of(2022, 12, 28)).tables()).isEqualTo(22);
        assertThat(StatisticsRules.inForce(LocalDate.of(2022, 12, 29)).name()).isEqualTo("885-QĐ/UBKTTW");
        assertThat(StatisticsRules.inForce(LocalDate.of(2026, 1, 1)).tables()).isEqualTo(26);
        assertThat(StatisticsRules.inForce(LocalDate.of(2026, 1, 1)).periods()).contains("FIRST_QUARTER", "TERM");
    }

    @Test
    void aCellActsAsItselfAndACommitteeUnitThroughItsThreeBodies() {
        assertThat(BodyRules.levelOf(UnitKind.BASE_CELL)).isEqualTo(BodyLevel.CELL);
        assertThat(BodyRules.levelOf(UnitKind.INTERMEDIATE_COMMITTEE)).isEqualTo(BodyLevel.INTERMEDIATE);
        assertThatCode(() -> BodyRules.checkKindForUnit(BodyKind.CELL, UnitKind.CELL)).doesNotThrowAnyException();
        assertThatThrownBy(() -> BodyRules.checkKindForUnit(BodyKind.INSPECTION_COMMISSION, UnitKind.CELL))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(BodyRules.KIND_FOR_UNIT);
        assertThatThrownBy(() -> BodyRules.checkKindForUnit(BodyKind.CELL, UnitKind.BASE_COMMITTEE))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aCaseMovesForwardOnlyAndClosesOnceItsActionsAreDone() {
        assertThatCode(() -> CaseRules.checkTransition(CaseRules.Status.DECIDED, CaseRules.Status.IN_PROGRESS)).doesNotThrowAnyException();
        assertThatCode(() -> CaseRules.checkTransition(CaseRules.Status.CONCLUDED, CaseRules.Status.CLOSED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseRules.checkTransition(CaseRules.Status.DECIDED, CaseRules.Status.CONCLUDED))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(CaseRules.TRANSITION);
        assertThatThrownBy(() -> CaseRules.checkTransition(CaseRules.Status.CLOSED, CaseRules.Status.FOLLOW_UP))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> CaseRules.checkClosable(2)).isInstanceOf(RuleViolation.class)
                .extracting("rule").isEqualTo(CaseRules.OPEN_ACTIONS);
    }
}
