package vn.party.membership.dues;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ArrearsRulesTest {

    private static YearMonth m(int month) {
        return YearMonth.of(2025, month);
    }

    @Test
    void aMemberWhoPaidEveryMonthHasNoArrears() {
        ArrearsRules.Arrears arrears = ArrearsRules.assess(m(4), Set.of(m(1), m(2), m(3), m(4)));
        assertThat(arrears.unpaidMonths()).isEmpty();
        assertThat(arrears.flaggedForStrikingOff()).isFalse();
    }

    @Test
    void twoUnpaidMonthsAreArrearsButNoFlag() {
        ArrearsRules.Arrears arrears = ArrearsRules.assess(m(6), Set.of(m(1), m(3), m(4), m(6)));
        assertThat(arrears.unpaidMonths()).containsExactly(m(2), m(5));
        assertThat(arrears.flaggedForStrikingOff()).isFalse();
    }

    @Test
    void threeUnpaidMonthsInAYearFlagTheMemberForTheCellsDecisionEvenWhenNotInARow() {
        ArrearsRules.Arrears arrears = ArrearsRules.assess(m(9), Set.of(m(1), m(3), m(4), m(6), m(7), m(8)));
        assertThat(arrears.unpaidMonths()).containsExactly(m(2), m(5), m(9));
        assertThat(arrears.unpaidCount()).isEqualTo(3);
        assertThat(arrears.flaggedForStrikingOff()).isTrue();
        assertThat(arrears.year()).isEqualTo(2025);
    }

    @Test
    void monthsAfterTheMonthAssessedAndPaymentsOfOtherYearsDoNotCount() {
        ArrearsRules.Arrears arrears = ArrearsRules.assess(m(2), Set.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2), m(12)));
        assertThat(arrears.unpaidMonths()).containsExactly(m(1), m(2));
        assertThat(arrears.flaggedForStrikingOff()).isFalse();
    }

    @Test
    void arrearsDoNotCarryOverIntoTheNextYear() {
        assertThat(ArrearsRules.assess(YearMonth.of(2026, 1), Set.of(YearMonth.of(2026, 1))).flaggedForStrikingOff()).isFalse();
    }

    @Test
    void monthsBeforeAdmissionOrExcusedMonthsAreNotDue() {
        ArrearsRules.Arrears arrears = ArrearsRules.assess(m(8), Set.of(m(6), m(8)), Set.of(m(1), m(2), m(3), m(4), m(5)));
        assertThat(arrears.unpaidMonths()).containsExactly(m(7));
        assertThat(arrears.flaggedForStrikingOff()).isFalse();
    }
}
