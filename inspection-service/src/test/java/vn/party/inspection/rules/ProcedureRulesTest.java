package vn.party.inspection.rules;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.DenunciationKind;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureRulesTest {

    @Test
    void theProcedureRegulationChangesOnTheThirtiethOfMay2025() {
        assertThat(ProcedureRules.inForce(LocalDate.of(2025, 5, 29)).name()).isEqualTo("22-QĐ/TW");
        assertThat(ProcedureRules.inForce(LocalDate.of(2025, 5, 30)).name()).isEqualTo("296-QĐ/TW");
    }

    @Test
    void aDenunciationIsDueSixtyDaysLaterAtBaseLevelAndNinetyAbove() {
        LocalDate received = LocalDate.of(2026, 3, 1);
        assertThat(ProcedureRules.dueOn(DenunciationKind.DENUNCIATION, BodyLevel.BASE, received)).isEqualTo(received.plusDays(60));
        assertThat(ProcedureRules.dueOn(DenunciationKind.DENUNCIATION, BodyLevel.INTERMEDIATE, received)).isEqualTo(received.plusDays(90));
        assertThat(ProcedureRules.dueOn(DenunciationKind.COMPLAINT, BodyLevel.PROVINCE, received)).isEqualTo(received.plusDays(180));
    }

    @Test
    void anAppealIsLodgedWithinAMonthOfTheDecision() {
        LocalDate decided = LocalDate.of(2026, 1, 31);
        assertThat(ProcedureRules.appealDeadline(decided)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ProcedureRules.checkAppealLodged(decided, LocalDate.of(2026, 2, 28)).name()).isEqualTo("296-QĐ/TW");
        assertThatThrownBy(() -> ProcedureRules.checkAppealLodged(decided, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(ProcedureRules.APPEAL_PERIOD);
    }
}
