package vn.party.reporting.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        ReportPeriod p = ReportPeriod.parse("2024-02");
        assertThat(p.kind()).isEqualTo(ReportPeriod.Kind.MONTH);
        assertThat(p.from()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(p.until()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void quartersHalvesAndNineMonthsFollowTheCalendarYear() {
        assertThat(ReportPeriod.parse("2026-Q1").to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportPeriod.parse("2026-q4").from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ReportPeriod.parse("2026-Q4").to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(ReportPeriod.parse("2026-H1").to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportPeriod.parse("2026-H2").from()).isEqualTo(LocalDate.of(2026, 7, 1));
        ReportPeriod nine = ReportPeriod.parse("2026-9M");
        assertThat(nine.kind()).isEqualTo(ReportPeriod.Kind.NINE_MONTHS);
        assertThat(nine.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(nine.to()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aYearIsTheCalendarYear() {
        ReportPeriod year = ReportPeriod.parse("2017");
        assertThat(year.kind()).isEqualTo(ReportPeriod.Kind.YEAR);
        assertThat(year.from()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(year.months()).hasSize(12).startsWith(YearMonth.of(2017, 1)).endsWith(YearMonth.of(2017, 12));
    }

    @Test
    void aTermCountsFiveWholeYearsSoConsecutiveTermsNeverOverlap() {
        ReportPeriod term = ReportPeriod.parse("2020-2025");
        assertThat(term.kind()).isEqualTo(ReportPeriod.Kind.TERM);
        assertThat(term.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(term.to()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(term.overlaps(ReportPeriod.parse("2025-2030"))).isFalse();
        assertThat(term.contains(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void aRangeIncludesBothEnds() {
        ReportPeriod range = ReportPeriod.parse("2026-01-15..2026-02-20");
        assertThat(range.kind()).isEqualTo(ReportPeriod.Kind.RANGE);
        assertThat(range.contains(LocalDate.of(2026, 1, 15))).isTrue();
        assertThat(range.contains(LocalDate.of(2026, 2, 20))).isTrue();
        assertThat(range.contains(LocalDate.of(2026, 2, 21))).isFalse();
        assertThat(ReportPeriod.parse("2026-03-01..2026-03-01").until()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aPeriodCutOffAtADayEndsThere() {
        ReportPeriod cut = ReportPeriod.parse("2026").upTo(LocalDate.of(2026, 3, 10));
        assertThat(cut.to()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(ReportPeriod.parse("2025").upTo(LocalDate.of(2026, 3, 10)).label()).isEqualTo("2025");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2026-13", "2026-00", "2026-Q5", "2026-H3", "2026-8M", "1929", "2101", "2025-2020",
            "2020-2035", "2026-02-30..2026-03-01", "2026-03-02..2026-03-01", "26-03", "2026/03", "last year",
            "2026-01-01..", "2026-1"})
    void textThatNamesNoPeriodIsRefusedWithAReason(String text) {
        assertThatThrownBy(() -> ReportPeriod.parse(text)).isInstanceOf(ReportPeriod.InvalidPeriod.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void aMissingPeriodIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.parse(null)).isInstanceOf(ReportPeriod.InvalidPeriod.class)
                .hasMessageContaining("required");
    }
}
