package vn.party.membership.transfer;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.WorkingDays;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransferRulesTest {

    private final TransferRules rules = new TransferRules(WorkingDays.standard());

    @Test
    void theSendingSideHasSixtyWorkingDaysFromTheMove() {
        LocalDate move = LocalDate.of(2024, 3, 4); // Monday; Hùng Kings' day, 30/4 and 1/5 fall inside
        LocalDate deadline = rules.sendingDeadline(move);
        assertThat(WorkingDays.standard().between(move, deadline)).isEqualTo(60);
        assertThat(deadline).isEqualTo(LocalDate.of(2024, 5, 30));
    }

    @Test
    void theTetWeekDoesNotEatIntoTheSixtyWorkingDays() {
        assertThat(rules.sendingDeadline(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    void theMemberReportsToTheNewCellWithinThirtyDaysOfTheIntroductionLetter() {
        assertThat(TransferRules.reportingDeadline(LocalDate.of(2025, 8, 15))).isEqualTo(LocalDate.of(2025, 9, 14));
    }

    @Test
    void eachClockRunsUnderTheRegulationInForceWhenItStarts() {
        assertThat(TransferRules.ruleOn(LocalDate.of(2019, 6, 1)).regulation()).isEqualTo("24-QĐ/TW");
        assertThat(TransferRules.ruleOn(LocalDate.of(2025, 1, 19)).regulation()).isEqualTo("24-QĐ/TW");
        assertThat(TransferRules.ruleOn(LocalDate.of(2025, 1, 20)).regulation()).isEqualTo("232-QĐ/TW");
        assertThat(TransferRules.ruleOn(LocalDate.of(2025, 6, 30)).regulation()).isEqualTo("232-QĐ/TW");
        assertThat(TransferRules.ruleOn(LocalDate.of(2025, 7, 1)).regulation()).isEqualTo("294-QĐ/TW");
    }

    @Test
    void aTemporaryTransferLastsFromThreeMonthsToOneYear() {
        LocalDate from = LocalDate.of(2025, 3, 1);
        assertThatCode(() -> TransferRules.checkTemporaryDuration(from, LocalDate.of(2025, 6, 1))).doesNotThrowAnyException();
        assertThatCode(() -> TransferRules.checkTemporaryDuration(from, LocalDate.of(2026, 3, 1))).doesNotThrowAnyException();
        assertThatCode(() -> TransferRules.checkTemporaryDuration(from, LocalDate.of(2025, 9, 30))).doesNotThrowAnyException();
    }

    @Test
    void aTemporaryTransferShorterThanThreeMonthsIsRefused() {
        assertThatThrownBy(() -> TransferRules.checkTemporaryDuration(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("2025-06-01")
                .extracting("rule").isEqualTo(TransferRules.TEMPORARY_DURATION);
    }

    @Test
    void aTemporaryTransferLongerThanAYearIsRefused() {
        assertThatThrownBy(() -> TransferRules.checkTemporaryDuration(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 3, 2)))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(TransferRules.TEMPORARY_DURATION);
        assertThatThrownBy(() -> TransferRules.checkTemporaryDuration(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1)))
                .isInstanceOf(RuleViolation.class);
    }
}
