package vn.party.membership.dues;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12);

    @Test
    void aPastMonthIsJudgedOnItsLastDayAndTheRunningMonthOnToday() {
        assertThat(CollectionRules.memberDay(YearMonth.of(2026, 2), TODAY)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(CollectionRules.memberDay(YearMonth.of(2026, 3), TODAY)).isEqualTo(TODAY);
    }

    @Test
    void duesAreNotCollectedAheadOfTheCalendar() {
        assertThat(CollectionRules.collectable("month", YearMonth.of(2026, 3), TODAY)).isEqualTo(YearMonth.of(2026, 3));
        assertThatThrownBy(() -> CollectionRules.collectable("month", YearMonth.of(2026, 4), TODAY))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void aPastYearIsAssessedToDecemberAndTheCurrentYearToLastMonth() {
        assertThat(CollectionRules.lastAssessedMonth(2025, TODAY)).contains(YearMonth.of(2025, 12));
        assertThat(CollectionRules.lastAssessedMonth(2026, TODAY)).contains(YearMonth.of(2026, 2));
        assertThat(CollectionRules.lastAssessedMonth(2026, LocalDate.of(2026, 1, 20))).isEmpty();
        assertThatThrownBy(() -> CollectionRules.lastAssessedMonth(2027, TODAY)).isInstanceOf(ProblemException.class);
    }
}
