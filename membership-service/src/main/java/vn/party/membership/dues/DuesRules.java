package vn.party.membership.dues;

import vn.party.backbone.problem.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Monthly party dues (chế độ đảng phí) by the regulation in force for the month. A new regulation is a new
 * entry in the table; fixed amounts the regulation leaves to the province are configuration data, the
 * values below being the documented defaults ({@link #DuesRules(List)} takes another table).
 */
public final class DuesRules {

    public static final String BASE_REQUIRED = "dues.base-required";
    public static final String NO_RULE = "dues.no-rule";

    /** Amounts are rounded half up to whole hundreds of đồng: the smallest note cells handle. */
    public static final long ROUNDING_DONG = 100;

    /**
     * One regulation's amounts, from its first month on. Shares are in basis points of the base
     * (100 = 1%), so no floating point touches money.
     */
    public record DuesRule(String regulation, LocalDate issued, YearMonth firstMonth,
                           int salaryBasisPoints, int pensionBasisPoints, long studentDong, long otherInWorkDong) {
        public DuesRule {
            Objects.requireNonNull(regulation, "regulation");
            Objects.requireNonNull(firstMonth, "firstMonth");
            if (salaryBasisPoints < 0 || pensionBasisPoints < 0 || studentDong < 0 || otherInWorkDong < 0) {
                throw new IllegalArgumentException("dues amounts must not be negative: " + regulation);
            }
        }
    }

    /** The table the suite ships with; read it to build a province's own table. */
    public static List<DuesRule> standardTable() {
        return List.of(
                // 342-QĐ/TW, 28 Dec 2010, applied from January 2011: 1% of salary and allowances on which social
                // insurance is paid, 0.5% of a pension. Others paid fixed amounts in a range the province set;
                // defaults 3,000 đ for students and 5,000 đ for others.
                new DuesRule("342-QĐ/TW", LocalDate.of(2010, 12, 28), YearMonth.of(2011, 1), 100, 50, 3_000, 5_000),
                // 01-QĐ/TW, 3 Feb 2026, in force from 1 Feb 2026, so February 2026 dues already follow it (reported
                // as "from February 2026"). 1% of the previous month's social-insurance salary (the caller passes
                // that base), 0.5% of a pension, 5,000 đ for students. The amount for other members is a default
                // to confirm against the text (reports tie it to the regional minimum wage).
                new DuesRule("01-QĐ/TW", LocalDate.of(2026, 2, 3), YearMonth.of(2026, 2), 100, 50, 5_000, 15_000));
    }

    private final List<DuesRule> table;

    public DuesRules(List<DuesRule> table) {
        if (table.isEmpty()) {
            throw new IllegalArgumentException("a dues table needs at least one rule");
        }
        this.table = table.stream().sorted(Comparator.comparing(DuesRule::firstMonth)).toList();
    }

    public static DuesRules standard() {
        return new DuesRules(standardTable());
    }

    /** The rule in force for the month. */
    public DuesRule ruleFor(YearMonth month) {
        DuesRule found = null;
        for (DuesRule rule : table) {
            if (!rule.firstMonth().isAfter(month)) {
                found = rule;
            }
        }
        if (found == null) {
            throw new RuleViolation(NO_RULE, "no dues rule covers " + month + "; the first applies from "
                    + table.get(0).firstMonth() + " (" + table.get(0).regulation() + ")");
        }
        return found;
    }

    /**
     * The month's dues in đồng.
     *
     * @param baseAmountDong the salary (SALARIED) or pension (PENSIONER) the share is taken of; ignored for
     *                       fixed amounts
     * @throws RuleViolation {@code dues.base-required} when a share is due and no positive base is given
     */
    public long monthlyAmount(YearMonth month, DuesBasis basis, Long baseAmountDong) {
        DuesRule rule = ruleFor(month);
        return switch (basis) {
            case SALARIED -> share(baseAmountDong, rule.salaryBasisPoints(), "salary on which social insurance is paid");
            case PENSIONER -> share(baseAmountDong, rule.pensionBasisPoints(), "pension");
            case STUDENT -> rule.studentDong();
            case OTHER_IN_WORK -> rule.otherInWorkDong();
        };
    }

    private static long share(Long base, int basisPoints, String what) {
        if (base == null || base <= 0) {
            throw new RuleViolation(BASE_REQUIRED, "dues of " + BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "% need the member's monthly "
                    + what + " in đồng" + (base == null ? "" : " (got " + base + ")"));
        }
        // base × bp / 10,000 đồng, rounded half up to ROUNDING_DONG in one integer step
        long unit = 10_000 * ROUNDING_DONG;
        return Math.addExact(Math.multiplyExact(base, basisPoints), unit / 2) / unit * ROUNDING_DONG;
    }
}
