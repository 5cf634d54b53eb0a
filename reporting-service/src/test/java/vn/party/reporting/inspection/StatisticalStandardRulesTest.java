package vn.party.reporting.inspection;

import org.junit.jupiter.api.Test;
import vn.party.reporting.period.ReportPeriod;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticalStandardRulesTest {

    private static String regulationFor(String period) {
        return StatisticalStandardRules.forPeriod(ReportPeriod.parse(period)).orElseThrow().regulation();
    }

    @Test
    void aPeriodOf2021IsFiledOnThe2016TablesAndOneOf2023OnThe2022Tables() {
        assertThat(regulationFor("2021")).isEqualTo("357-QĐ/UBKTTW");
        assertThat(regulationFor("2023")).isEqualTo("885-QĐ/UBKTTW");
        assertThat(StatisticalStandardRules.forPeriod(ReportPeriod.parse("2023")).orElseThrow().tablesInStandard()).isEqualTo(26);
        assertThat(StatisticalStandardRules.forPeriod(ReportPeriod.parse("2021")).orElseThrow().tablesInStandard()).isEqualTo(22);
    }

    @Test
    void theStandardIsChosenByThePeriodsLastDay() {
        assertThat(regulationFor("2022-12")).isEqualTo("885-QĐ/UBKTTW");
        assertThat(regulationFor("2022-12-01..2022-12-28")).isEqualTo("357-QĐ/UBKTTW");
        assertThat(regulationFor("2022-12-01..2022-12-29")).isEqualTo("885-QĐ/UBKTTW");
        assertThat(regulationFor("2020-2025")).isEqualTo("885-QĐ/UBKTTW");
    }

    @Test
    void noStandardIsInForceForAPeriodEndingBefore2016() {
        assertThat(StatisticalStandardRules.inForceOn(LocalDate.of(2015, 12, 31))).isEmpty();
    }

    @Test
    void the885StandardNamesTheFirstQuarterButNotTheSecond() {
        var standard = StatisticalStandardRules.forPeriod(ReportPeriod.parse("2023")).orElseThrow();
        assertThat(StatisticalStandardRules.isReportingPeriod(standard, ReportPeriod.parse("2023-Q1"))).isTrue();
        assertThat(StatisticalStandardRules.isReportingPeriod(standard, ReportPeriod.parse("2023-Q2"))).isFalse();
        assertThat(StatisticalStandardRules.isReportingPeriod(standard, ReportPeriod.parse("2023-H1"))).isTrue();
        assertThat(StatisticalStandardRules.isReportingPeriod(standard, ReportPeriod.parse("2023-H2"))).isFalse();
        assertThat(StatisticalStandardRules.isReportingPeriod(standard, ReportPeriod.parse("2023-9M"))).isTrue();
        assertThat(StatisticalStandardRules.isReportingPeriod(standard, ReportPeriod.parse("2023-05"))).isTrue();
        assertThat(StatisticalStandardRules.isReportingPeriod(standard, ReportPeriod.parse("2023-01-01..2023-02-10"))).isFalse();
        var older = StatisticalStandardRules.forPeriod(ReportPeriod.parse("2021")).orElseThrow();
        assertThat(StatisticalStandardRules.isReportingPeriod(older, ReportPeriod.parse("2021-Q2"))).isNull();
    }
}
