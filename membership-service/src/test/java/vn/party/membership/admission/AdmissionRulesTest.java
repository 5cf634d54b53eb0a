package vn.party.membership.admission;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;
import vn.party.backbone.time.WorkingDays;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdmissionRulesTest {

    private static final WorkingDays WORKING_DAYS = WorkingDays.standard();

    @Test
    void ageIsCountedInFullMonthsAtTheCellsVote() {
        LocalDate vote = LocalDate.of(2026, 3, 10);
        assertThatCode(() -> AdmissionRules.checkDecision(LocalDate.of(2008, 3, 10), vote, vote, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdmissionRules.checkDecision(LocalDate.of(2008, 3, 11), vote, vote, false))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(AdmissionRules.MINIMUM_AGE);
    }

    @Test
    void sixtyYearsAndNoMonthMoreIsStillDecidedBelowTheProvince() {
        LocalDate vote = LocalDate.of(2026, 3, 10);
        assertThatCode(() -> AdmissionRules.checkDecision(LocalDate.of(1966, 3, 10), vote, vote, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdmissionRules.checkDecision(LocalDate.of(1966, 2, 10), vote, vote, false))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(AdmissionRules.OVER_SIXTY);
        assertThatCode(() -> AdmissionRules.checkDecision(LocalDate.of(1950, 1, 1), vote, vote, true)).doesNotThrowAnyException();
    }

    @Test
    void theDecisionComesAfterTheVote() {
        assertThatThrownBy(() -> AdmissionRules.checkDecision(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 9), false)).extracting("rule").isEqualTo(AdmissionRules.DECISION_ORDER);
    }

    @Test
    void theRegulationInForceIsTheLatestOnTheDecisionDay() {
        assertThat(AdmissionRules.inForce(LocalDate.of(2024, 12, 31)).name()).isEqualTo("24-QĐ/TW");
        assertThat(AdmissionRules.inForce(LocalDate.of(2025, 1, 20)).name()).isEqualTo("232-QĐ/TW");
        assertThat(AdmissionRules.inForce(LocalDate.of(2025, 7, 1)).name()).isEqualTo("294-QĐ/TW");
    }

    @Test
    void theCeremonyDeadlineSkipsWeekendsAndTheLunarNewYear() {
        // decided Friday 2026-02-06: 30 working days, with Tết 2026 (16–20 Feb) off, end on Friday 20 March
        LocalDate deadline = AdmissionRules.ceremonyDeadline(LocalDate.of(2026, 2, 6), WORKING_DAYS);
        assertThat(deadline).isAfter(LocalDate.of(2026, 3, 13));
        assertThat(WORKING_DAYS.between(LocalDate.of(2026, 2, 6), deadline)).isEqualTo(30);
        assertThatThrownBy(() -> AdmissionRules.checkCeremony(LocalDate.of(2026, 2, 6), deadline.plusDays(1), WORKING_DAYS))
                .extracting("rule").isEqualTo(AdmissionRules.CEREMONY_DEADLINE);
        assertThat(AdmissionRules.checkCeremony(LocalDate.of(2026, 2, 6), deadline, WORKING_DAYS))
                .isEqualTo(deadline.plusMonths(12));
    }

    @Test
    void aLateConfirmationTakesEffectOnTheTwelveMonthDate() {
        LocalDate end = LocalDate.of(2026, 10, 20);
        assertThat(AdmissionRules.confirmationEffectiveOn(end, LocalDate.of(2026, 12, 1))).isEqualTo(end);
        assertThatThrownBy(() -> AdmissionRules.confirmationEffectiveOn(end, LocalDate.of(2026, 10, 19)))
                .extracting("rule").isEqualTo(AdmissionRules.PROBATION_NOT_OVER);
    }

    @Test
    void onlyACommitteeAboveTheCellDecides() {
        List<String> cellPath = List.of("bn", "bn_a", "bn_a_xa", "bn_a_xa_cb1");
        assertThatCode(() -> AdmissionRules.checkDecidingBody(cellPath, "bn_a_xa")).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdmissionRules.checkDecidingBody(cellPath, "bn_a_xa_cb1"))
                .extracting("rule").isEqualTo(AdmissionRules.DECIDING_BODY);
        assertThatThrownBy(() -> AdmissionRules.checkDecidingBody(cellPath, "bn_b"))
                .extracting("rule").isEqualTo(AdmissionRules.DECIDING_BODY);
    }
}
