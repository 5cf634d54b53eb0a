package vn.party.membership.grading;

import org.junit.jupiter.api.Test;
import vn.party.backbone.problem.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradingRulesTest {

    @Test
    void anOrganisationCouldBeCleanAndStrongUpTo2017() {
        assertThatCode(() -> GradingRules.checkGradeAllowed(2017, SubjectKind.ORGANISATION, Grade.CLEAN_AND_STRONG))
                .doesNotThrowAnyException();
        assertThatCode(() -> GradingRules.checkGradeAllowed(2015, SubjectKind.ORGANISATION, Grade.GOOD))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> GradingRules.checkGradeAllowed(2017, SubjectKind.ORGANISATION, Grade.EXCELLENT))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(GradingRules.GRADE_SCALE);
    }

    @Test
    void from2018AnOrganisationIsGradedExcellentNoLongerCleanAndStrong() {
        assertThatThrownBy(() -> GradingRules.checkGradeAllowed(2018, SubjectKind.ORGANISATION, Grade.CLEAN_AND_STRONG))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("132-QĐ/TW");
        assertThatCode(() -> GradingRules.checkGradeAllowed(2018, SubjectKind.ORGANISATION, Grade.EXCELLENT))
                .doesNotThrowAnyException();
    }

    @Test
    void aMemberIsNeverCleanAndStrong() {
        for (int year : new int[] {2016, 2020, 2025}) {
            assertThatThrownBy(() -> GradingRules.checkGradeAllowed(year, SubjectKind.MEMBER, Grade.CLEAN_AND_STRONG))
                    .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(GradingRules.GRADE_SCALE);
        }
        for (Grade grade : new Grade[] {Grade.EXCELLENT, Grade.GOOD, Grade.COMPLETED, Grade.NOT_COMPLETED}) {
            assertThatCode(() -> GradingRules.checkGradeAllowed(2016, SubjectKind.MEMBER, grade)).doesNotThrowAnyException();
            assertThatCode(() -> GradingRules.checkGradeAllowed(2025, SubjectKind.MEMBER, grade)).doesNotThrowAnyException();
        }
    }

    @Test
    void eachYearIsGradedByTheRegulationInForceForIt() {
        assertThat(GradingRules.regulationFor(2017)).isEqualTo("guidance before 132-QĐ/TW");
        assertThat(GradingRules.regulationFor(2018)).isEqualTo("132-QĐ/TW");
        assertThat(GradingRules.regulationFor(2022)).isEqualTo("132-QĐ/TW");
        assertThat(GradingRules.regulationFor(2023)).isEqualTo("124-QĐ/TW");
        assertThat(GradingRules.regulationFor(2024)).isEqualTo("124-QĐ/TW");
        assertThat(GradingRules.regulationFor(2025)).isEqualTo("366-QĐ/TW");
        assertThat(GradingRules.regulationFor(2030)).isEqualTo("366-QĐ/TW");
    }

    @Test
    void scoresOutOf100StartWithThe2025Grading() {
        assertThat(GradingRules.isScored(2024)).isFalse();
        assertThat(GradingRules.isScored(2025)).isTrue();
        assertThatCode(() -> GradingRules.checkScore(2025, Grade.EXCELLENT, 92)).doesNotThrowAnyException();
        assertThatCode(() -> GradingRules.checkScore(2024, Grade.GOOD, null)).doesNotThrowAnyException();
        assertThatCode(() -> GradingRules.checkScore(2025, Grade.GOOD, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> GradingRules.checkScore(2024, Grade.GOOD, 80))
                .isInstanceOf(RuleViolation.class).extracting("rule").isEqualTo(GradingRules.SCORE);
    }

    @Test
    void aScoreLiesBetweenZeroAndAHundred() {
        assertThatThrownBy(() -> GradingRules.checkScore(2025, Grade.NOT_COMPLETED, -1)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> GradingRules.checkScore(2025, Grade.EXCELLENT, 101)).isInstanceOf(RuleViolation.class);
        assertThatCode(() -> GradingRules.checkScore(2025, Grade.NOT_COMPLETED, 0)).doesNotThrowAnyException();
    }

    @Test
    void aGradeNeedsItsMinimumScoreButConditionsMayGradeAHighScoreLower() {
        assertThatThrownBy(() -> GradingRules.checkScore(2025, Grade.EXCELLENT, 89))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("at least 90");
        assertThatThrownBy(() -> GradingRules.checkScore(2025, Grade.GOOD, 69)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> GradingRules.checkScore(2025, Grade.COMPLETED, 49)).isInstanceOf(RuleViolation.class);
        assertThatCode(() -> GradingRules.checkScore(2025, Grade.GOOD, 70)).doesNotThrowAnyException();
        assertThatCode(() -> GradingRules.checkScore(2025, Grade.GOOD, 95)).doesNotThrowAnyException();
        assertThatCode(() -> GradingRules.checkScore(2025, Grade.NOT_COMPLETED, 75)).doesNotThrowAnyException();
    }

    @Test
    void closingIsRefusedWhenMembersGradedExcellentExceedTwentyPercentOfThoseGradedGood() {
        assertThatThrownBy(() -> GradingRules.checkExcellentQuota(7, 30))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("7 members graded excellent exceed 20% of the 30 graded good (at most 6)")
                .extracting("rule").isEqualTo(GradingRules.EXCELLENT_QUOTA);
        assertThatThrownBy(() -> GradingRules.checkExcellentQuota(7, 30))
                .extracting(e -> ((RuleViolation) e).facts())
                .isEqualTo(java.util.Map.of("excellent", 7L, "good", 30L, "maximumExcellent", 6L, "quotaPercent", 20));
        assertThatCode(() -> GradingRules.checkExcellentQuota(6, 30)).doesNotThrowAnyException();
    }

    @Test
    void twentyPercentIsNotRoundedUp() {
        assertThatCode(() -> GradingRules.checkExcellentQuota(6, 34)).doesNotThrowAnyException(); // 6.8 allowed
        assertThatThrownBy(() -> GradingRules.checkExcellentQuota(7, 34)).hasMessageContaining("(at most 6)");
        assertThatThrownBy(() -> GradingRules.checkExcellentQuota(1, 4))
                .hasMessage("1 member graded excellent exceeds 20% of the 4 graded good (at most 0)");
    }

    @Test
    void withNoneGradedGoodNoOneMayBeGradedExcellent() {
        assertThatThrownBy(() -> GradingRules.checkExcellentQuota(1, 0))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("of the 0 graded good (at most 0)");
        assertThatCode(() -> GradingRules.checkExcellentQuota(0, 0)).doesNotThrowAnyException();
    }

    @Test
    void theCapAppliesFromThe2018Grading() {
        assertThatCode(() -> GradingRules.checkExcellentQuota(2017, 10, 10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> GradingRules.checkExcellentQuota(2018, 10, 10)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> GradingRules.checkExcellentQuota(2024, 3, 10)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void negativeCountsAreAProgrammingError() {
        assertThatThrownBy(() -> GradingRules.checkExcellentQuota(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void aMemberExemptedOrSuspendedAtTheYearsEndIsNotGradedUnder124() {
        LocalDate longAgo = LocalDate.of(2010, 5, 19);
        assertThat(GradingRules.exclusion(2024, true, false, longAgo)).get()
                .extracting(GradingRules.Exclusion::rule).isEqualTo(GradingRules.EXCLUDED_EXEMPTED);
        assertThat(GradingRules.exclusion(2024, false, true, longAgo)).get()
                .extracting(GradingRules.Exclusion::rule).isEqualTo(GradingRules.EXCLUDED_SUSPENDED);
        assertThat(GradingRules.exclusion(2024, true, false, longAgo).get().reason()).contains("124-QĐ/TW, Điều 5.2");
        assertThat(GradingRules.exclusion(2024, false, false, longAgo)).isEmpty();
    }

    @Test
    void aMemberAdmittedLessThanSixMonthsBeforeTheYearsEndIsNotGraded() {
        assertThat(GradingRules.exclusion(2024, false, false, LocalDate.of(2024, 6, 30))).isEmpty();
        assertThat(GradingRules.exclusion(2024, false, false, LocalDate.of(2024, 7, 1))).get()
                .extracting(GradingRules.Exclusion::rule).isEqualTo(GradingRules.EXCLUDED_NEWLY_ADMITTED);
        assertThat(GradingRules.admittedTooRecentlyAfter(2025)).contains(LocalDate.of(2025, 6, 30));
    }

    @Test
    void theExclusionsAreKeyedByTheYearGradedAndApplyFrom2018() {
        assertThat(GradingRules.exclusion(2017, true, true, LocalDate.of(2017, 11, 1))).isEmpty();
        assertThat(GradingRules.admittedTooRecentlyAfter(2017)).isEmpty();
        assertThat(GradingRules.exclusion(2019, true, false, LocalDate.of(2000, 1, 1)).get().reason()).contains("132-QĐ/TW");
        assertThat(GradingRules.exclusion(2025, false, true, LocalDate.of(2000, 1, 1)).get().reason()).contains("366-QĐ/TW");
    }
}
