package vn.party.membership.grading;

import vn.party.backbone.problem.RuleViolation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.party.membership.grading.Grade.CLEAN_AND_STRONG;
import static vn.party.membership.grading.Grade.COMPLETED;
import static vn.party.membership.grading.Grade.EXCELLENT;
import static vn.party.membership.grading.Grade.GOOD;
import static vn.party.membership.grading.Grade.NOT_COMPLETED;

/**
 * Annual grading (đánh giá, xếp loại chất lượng hằng năm): which grades a year's scale allows, the score on
 * the 100-point scale of 366-QĐ/TW, and the cap on excellent grades that closing a round must respect.
 * Scales are keyed by the year graded, not by the day the grading is entered.
 */
public final class GradingRules {

    public static final String GRADE_SCALE = "grading.grade-scale";
    public static final String SCORE = "grading.score";
    public static final String EXCELLENT_QUOTA = "grading.excellent-quota";

    /**
     * @param minimumScore      lowest score for a grade on a scored scale; conditions beyond the score may still
     *                          lower the grade, never raise it. Empty: no score on this scale.
     * @param excellentQuotaPct excellent grades may not exceed this share of good grades; null: no cap
     */
    record Scale(int firstYear, String regulation, Set<Grade> memberGrades, Set<Grade> organisationGrades,
                 Map<Grade, Integer> minimumScore, Integer excellentQuotaPct) {
    }

    private static final Set<Grade> FOUR = EnumSet.of(EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED);

    private static final List<Scale> TABLE = List.of(
            // Central Organisation Commission guidance before 2018: organisations clean and strong / good /
            // completed / weak (recorded as NOT_COMPLETED); members already on the four grades; no cap.
            new Scale(Integer.MIN_VALUE, "guidance before 132-QĐ/TW", FOUR,
                    EnumSet.of(CLEAN_AND_STRONG, GOOD, COMPLETED, NOT_COMPLETED), Map.of(), null),
            // 132-QĐ/TW (8 Mar 2018): the four grades for all; excellent at most 20% of good.
            new Scale(2018, "132-QĐ/TW", FOUR, FOUR, Map.of(), 20),
            // 124-QĐ/TW (4 Oct 2023), from the 2023 grading: unchanged grades and cap.
            new Scale(2023, "124-QĐ/TW", FOUR, FOUR, Map.of(), 20),
            // 366-QĐ/TW (30 Aug 2025), from the 2025 grading: a 100-point score next to the four grades;
            // excellent from 90, good from 70, completed from 50 points, besides conditions on the tasks.
            new Scale(2025, "366-QĐ/TW", FOUR, FOUR, Map.of(EXCELLENT, 90, GOOD, 70, COMPLETED, 50), 20));

    static Scale scaleFor(int year) {
        Scale found = TABLE.get(0);
        for (Scale scale : TABLE) {
            if (scale.firstYear() <= year) {
                found = scale;
            }
        }
        return found;
    }

    /** The regulation whose scale grades the year, e.g. "366-QĐ/TW". */
    public static String regulationFor(int year) {
        return scaleFor(year).regulation();
    }

    public static Set<Grade> allowedGrades(int year, SubjectKind kind) {
        Scale scale = scaleFor(year);
        return kind == SubjectKind.MEMBER ? scale.memberGrades() : scale.organisationGrades();
    }

    /** @throws RuleViolation {@code grading.grade-scale} when the year's scale has no such grade for the subject */
    public static void checkGradeAllowed(int year, SubjectKind kind, Grade grade) {
        Set<Grade> allowed = allowedGrades(year, kind);
        if (!allowed.contains(grade)) {
            throw new RuleViolation(GRADE_SCALE, "a " + kind.name().toLowerCase() + " cannot be graded " + grade + " for "
                    + year + " (" + regulationFor(year) + " allows " + allowed + ")");
        }
    }

    /** True when the year's scale carries a score from 0 to 100. */
    public static boolean isScored(int year) {
        return !scaleFor(year).minimumScore().isEmpty();
    }

    /**
     * The score is optional even on a scored scale (a grade entered without its score sheet).
     *
     * @throws RuleViolation {@code grading.score} for a score on an unscored year, outside 0..100, or too low
     *                       for the grade
     */
    public static void checkScore(int year, Grade grade, Integer score) {
        if (score == null) {
            return;
        }
        Scale scale = scaleFor(year);
        if (scale.minimumScore().isEmpty()) {
            throw new RuleViolation(SCORE, "grading for " + year + " (" + scale.regulation() + ") has no score; scores start with 366-QĐ/TW");
        }
        if (score < 0 || score > 100) {
            throw new RuleViolation(SCORE, "a score lies between 0 and 100, not " + score);
        }
        int minimum = scale.minimumScore().getOrDefault(grade, 0);
        if (score < minimum) {
            throw new RuleViolation(SCORE, grade + " needs at least " + minimum + " points; " + score + " were given");
        }
    }

    /** The cap of the newest scale; a round for a given year uses {@link #checkExcellentQuota(int, long, long)}. */
    public static void checkExcellentQuota(long excellent, long good) {
        checkExcellentQuota(TABLE.get(TABLE.size() - 1).firstYear(), excellent, good);
    }

    /**
     * Closing a round is refused when those graded excellent exceed the cap share of those graded good. With
     * none graded good no one may be graded excellent.
     *
     * @throws RuleViolation {@code grading.excellent-quota}, its message and its facts giving the numbers
     */
    public static void checkExcellentQuota(int year, long excellent, long good) {
        if (excellent < 0 || good < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + excellent + " excellent, " + good + " good");
        }
        Integer pct = scaleFor(year).excellentQuotaPct();
        if (pct == null || excellent * 100 <= good * pct) {
            return;
        }
        long maximum = good * pct / 100;
        throw new RuleViolation(EXCELLENT_QUOTA, excellent + (excellent == 1 ? " member graded excellent exceeds " : " members graded excellent exceed ")
                + pct + "% of the " + good + " graded good (at most " + maximum + ")",
                Map.of("excellent", excellent, "good", good, "maximumExcellent", maximum, "quotaPercent", pct));
    }

    public static final String EXCLUDED_EXEMPTED = "grading.excluded-exempted";
    public static final String EXCLUDED_SUSPENDED = "grading.excluded-suspended";
    public static final String EXCLUDED_NEWLY_ADMITTED = "grading.excluded-newly-admitted";

    /**
     * Who is not graded in a year's round although on its roll. Conditions count when in force on the round's end
     * (31 December of the year graded, the day the roll is taken); admission is the current membership period's.
     *
     * @param monthsSinceAdmission a member admitted fewer months than this before the round's end is not graded;
     *                             null: no such rule
     */
    record Exclusions(int firstYear, String regulation, boolean exempted, boolean suspended, Integer monthsSinceAdmission) {
    }

    private static final List<Exclusions> EXCLUSIONS = List.of(
            // before 132-QĐ/TW no exclusion is recorded here: every member on the roll is graded
            new Exclusions(Integer.MIN_VALUE, "guidance before 132-QĐ/TW", false, false, null),
            // 132-QĐ/TW (2018): members exempted from party work, suspended, or admitted less than 6 months before
            new Exclusions(2018, "132-QĐ/TW", true, true, 6),
            // 124-QĐ/TW art. 5.2 (from the 2023 grading): the same three cases
            new Exclusions(2023, "124-QĐ/TW, Điều 5.2", true, true, 6),
            // 366-QĐ/TW (from the 2025 grading) keeps them
            new Exclusions(2025, "366-QĐ/TW", true, true, 6));

    static Exclusions exclusionsFor(int year) {
        Exclusions found = EXCLUSIONS.get(0);
        for (Exclusions e : EXCLUSIONS) {
            if (e.firstYear() <= year) {
                found = e;
            }
        }
        return found;
    }

    /** Why a member on the roll is not graded: the rule's code and a reason a committee reads (Vietnamese). */
    public record Exclusion(String rule, String reason) {
    }

    /**
     * Members admitted after this day are too recent to be graded for the year; empty when the year's rules have
     * no such exclusion.
     */
    public static Optional<LocalDate> admittedTooRecentlyAfter(int year) {
        Integer months = exclusionsFor(year).monthsSinceAdmission();
        return months == null ? Optional.empty() : Optional.of(LocalDate.of(year, 12, 31).minusMonths(months));
    }

    /**
     * Whether the year's rules exclude a member from grading, given what stood on 31 December of the year.
     *
     * @param admittedOn the admission decision of the current membership period
     */
    public static Optional<Exclusion> exclusion(int year, boolean exempted, boolean suspended, LocalDate admittedOn) {
        Exclusions rules = exclusionsFor(year);
        LocalDate roundEnd = LocalDate.of(year, 12, 31);
        if (rules.exempted() && exempted) {
            return Optional.of(new Exclusion(EXCLUDED_EXEMPTED, "Được miễn công tác và sinh hoạt đảng ngày " + roundEnd
                    + ": không đánh giá, xếp loại (" + rules.regulation() + ")"));
        }
        if (rules.suspended() && suspended) {
            return Optional.of(new Exclusion(EXCLUDED_SUSPENDED, "Đang bị đình chỉ sinh hoạt đảng ngày " + roundEnd
                    + ": không đánh giá, xếp loại (" + rules.regulation() + ")"));
        }
        Optional<LocalDate> after = admittedTooRecentlyAfter(year);
        if (admittedOn != null && after.isPresent() && admittedOn.isAfter(after.get())) {
            return Optional.of(new Exclusion(EXCLUDED_NEWLY_ADMITTED, "Kết nạp ngày " + admittedOn + ", chưa đủ "
                    + rules.monthsSinceAdmission() + " tháng đến " + roundEnd + ": không đánh giá, xếp loại ("
                    + rules.regulation() + ")"));
        }
        return Optional.empty();
    }

    private GradingRules() {
    }
}
