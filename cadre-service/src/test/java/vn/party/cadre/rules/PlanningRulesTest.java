package vn.party.cadre.rules;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanningRulesTest {

    static PlanningRules defaults() {
        return new PlanningRules(List.of(new PlanningRules.Settings(LocalDate.of(2021, 12, 27), "50-QĐ/TW", 5, 3, 3, 12,
                Map.of(PlanLevel.PROVINCE, 45, PlanLevel.INTERMEDIATE, 40, PlanLevel.BASE, 35),
                new BigDecimal("0.15"), new BigDecimal("0.25"), null)), RetirementRules.labourCode2019());
    }

    private final PlanningRules rules = defaults();
    private final Term term = Term.parse("2025-2030", 5);
    private final LocalDate on = LocalDate.of(2025, 3, 1);

    private static PlanningRules.Candidate man(LocalDate born, boolean firstTime, PlanningRules.Discipline... d) {
        return new PlanningRules.Candidate(born, Sex.MALE, firstTime, List.of(d));
    }

    @Test
    void aCadrePlannedAgainNeedsWorkingAgeForTheWholeTerm() {
        // retires end of March 2030: five years from 1 March 2025 end 1 March 2030, covered
        assertThatCode(() -> rules.checkAddition(term, on, man(LocalDate.of(1968, 3, 1), false), 0, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkAddition(term, on, man(LocalDate.of(1967, 12, 1), false), 0, 0))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo(PlanningRules.WORKING_YEARS);
    }

    @Test
    void aCadrePlannedForTheFirstTimeNeedsTwoTerms() {
        assertThatThrownBy(() -> rules.checkAddition(term, on, man(LocalDate.of(1968, 3, 1), true), 0, 0))
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo(PlanningRules.WORKING_YEARS);
        assertThatCode(() -> rules.checkAddition(term, on, man(LocalDate.of(1975, 1, 1), true), 0, 0)).doesNotThrowAnyException();
        assertThat(rules.requiredWorkingYears(on, true)).isEqualTo(10);
    }

    @Test
    void aReprimandWithinTwelveMonthsKeepsACadreOutOfThePlan() {
        var reprimand = new PlanningRules.Discipline(DisciplineForm.REPRIMAND, LocalDate.of(2024, 6, 1), "12-QĐ/UBKT");
        assertThatThrownBy(() -> rules.checkAddition(term, on, man(LocalDate.of(1980, 1, 1), true, reprimand), 0, 0))
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo(PlanningRules.DISCIPLINED);
        var old = new PlanningRules.Discipline(DisciplineForm.WARNING, LocalDate.of(2024, 2, 28), "3-QĐ/UBKT");
        assertThatCode(() -> rules.checkAddition(term, on, man(LocalDate.of(1980, 1, 1), true, old), 0, 0)).doesNotThrowAnyException();
    }

    @Test
    void aFourthCandidateForOnePostIsRefused() {
        assertThatCode(() -> rules.checkAddition(term, on, man(LocalDate.of(1980, 1, 1), true), 2, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkAddition(term, on, man(LocalDate.of(1980, 1, 1), true), 3, 0))
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo(PlanningRules.CANDIDATES_PER_POSITION);
    }

    @Test
    void aCadreIsPlannedForAtMostThreePosts() {
        assertThatThrownBy(() -> rules.checkAddition(term, on, man(LocalDate.of(1980, 1, 1), true), 0, 3))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).facts()).containsEntry("limit", 3))
                .extracting(e -> ((RuleViolation) e).rule()).isEqualTo(PlanningRules.POSITIONS_PER_CADRE);
    }

    @Test
    void youngIsUnderTheAgeLimitOfTheLevelOnTheTermsFirstDay() {
        assertThat(rules.young(PlanLevel.BASE, LocalDate.of(1990, 1, 2), term)).isTrue();  // 34 on 1 Jan 2025
        assertThat(rules.young(PlanLevel.BASE, LocalDate.of(1990, 1, 1), term)).isFalse(); // 35
        assertThat(rules.young(PlanLevel.PROVINCE, LocalDate.of(1981, 1, 1), term)).isTrue();
    }

    @Test
    void aTermIsWrittenAsItsFirstAndLastYearFiveYearsApart() {
        assertThat(Term.parse("2020-2025", 5).firstDay()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> Term.parse("2020-2026", 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Term.parse("2020/2025", 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disciplineFormsAreReadAsOtherServicesSpellThem() {
        assertThat(DisciplineForm.parse("reprimand")).contains(DisciplineForm.REPRIMAND);
        assertThat(DisciplineForm.parse("DISMISSAL")).contains(DisciplineForm.REMOVAL_FROM_POST);
        assertThat(DisciplineForm.parse("khai-tru")).contains(DisciplineForm.EXPULSION);
        assertThat(DisciplineForm.parse("SUSPENSION")).isEmpty();
    }
}
