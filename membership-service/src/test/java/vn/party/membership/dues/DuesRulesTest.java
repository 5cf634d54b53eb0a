package vn.party.membership.dues;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuesRulesTest {

    private final DuesRules rules = DuesRules.standard();

    @Test
    void aSalariedMemberPaysOnePercentOfTheSocialInsuranceSalary() {
        assertThat(rules.monthlyAmount(YearMonth.of(2024, 9), DuesBasis.SALARIED, 4_680_000L)).isEqualTo(46_800);
        assertThat(rules.monthlyAmount(YearMonth.of(2026, 3), DuesBasis.SALARIED, 12_500_000L)).isEqualTo(125_000);
    }

    @Test
    void aPensionerPaysHalfAPercentOfThePension() {
        assertThat(rules.monthlyAmount(YearMonth.of(2023, 5), DuesBasis.PENSIONER, 6_200_000L)).isEqualTo(31_000);
    }

    @Test
    void amountsAreRoundedHalfUpToWholeHundredsOfDong() {
        assertThat(rules.monthlyAmount(YearMonth.of(2024, 1), DuesBasis.SALARIED, 7_254_650L)).isEqualTo(72_500); // 72,546.5
        assertThat(rules.monthlyAmount(YearMonth.of(2024, 1), DuesBasis.PENSIONER, 5_123_000L)).isEqualTo(25_600); // 25,615
        assertThat(rules.monthlyAmount(YearMonth.of(2024, 1), DuesBasis.PENSIONER, 5_130_000L)).isEqualTo(25_700); // 25,650
        assertThat(rules.monthlyAmount(YearMonth.of(2024, 1), DuesBasis.SALARIED, 4_999L)).isZero(); // 49.99
    }

    @Test
    void aStudentPaysFiveThousandDongAMonthUnder01QdTw() {
        assertThat(rules.monthlyAmount(YearMonth.of(2026, 3), DuesBasis.STUDENT, null)).isEqualTo(5_000);
    }

    @Test
    void fixedAmountsIgnoreAnyBaseGiven() {
        assertThat(rules.monthlyAmount(YearMonth.of(2026, 3), DuesBasis.STUDENT, 3_000_000L)).isEqualTo(5_000);
        assertThat(rules.monthlyAmount(YearMonth.of(2026, 3), DuesBasis.OTHER_IN_WORK, null)).isEqualTo(15_000);
    }

    @Test
    void duesUpToJanuary2026FollowTheOldRuleAndFromFebruary2026TheNewOne() {
        assertThat(rules.ruleFor(YearMonth.of(2015, 1)).regulation()).isEqualTo("342-QĐ/TW");
        assertThat(rules.ruleFor(YearMonth.of(2026, 1)).regulation()).isEqualTo("342-QĐ/TW");
        assertThat(rules.ruleFor(YearMonth.of(2026, 2)).regulation()).isEqualTo("01-QĐ/TW");
        assertThat(rules.monthlyAmount(YearMonth.of(2026, 1), DuesBasis.STUDENT, null)).isEqualTo(3_000);
        assertThat(rules.monthlyAmount(YearMonth.of(2026, 2), DuesBasis.STUDENT, null)).isEqualTo(5_000);
    }

    @Test
    void aShareWithoutItsBaseIsRefused() {
        assertThatThrownBy(() -> rules.monthlyAmount(YearMonth.of(2026, 3), DuesBasis.SALARIED, null))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(DuesRules.BASE_REQUIRED);
        assertThatThrownBy(() -> rules.monthlyAmount(YearMonth.of(2026, 3), DuesBasis.PENSIONER, 0L))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("0.5%").hasMessageContaining("pension");
        assertThatThrownBy(() -> rules.monthlyAmount(YearMonth.of(2026, 3), DuesBasis.SALARIED, -1L))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(DuesRules.BASE_REQUIRED);
    }

    @Test
    void aMonthBeforeAnyRuleIsRefused() {
        assertThatThrownBy(() -> rules.monthlyAmount(YearMonth.of(2010, 12), DuesBasis.STUDENT, null))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(DuesRules.NO_RULE);
    }

    @Test
    void aProvinceMaySetItsOwnFixedAmounts() {
        DuesRules province = new DuesRules(List.of(
                new DuesRules.DuesRule("01-QĐ/TW", LocalDate.of(2026, 2, 3), YearMonth.of(2026, 2), 100, 50, 5_000, 20_000)));
        assertThat(province.monthlyAmount(YearMonth.of(2026, 6), DuesBasis.OTHER_IN_WORK, null)).isEqualTo(20_000);
    }
}
