package vn.party.membership.dues;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Unpaid dues in a year. The Party Statute (Điều lệ Đảng, art. 8.3), restated by 01-QĐ/TW (2026): a member
 * who has not paid dues for three months in a year without good reason is put to the cell, which proposes
 * striking off (xóa tên) to the competent committee. The suite flags; the cell decides.
 */
public final class ArrearsRules {

    /** Unpaid months in one calendar year (any three, not necessarily in a row) that flag a member. */
    public static final int UNPAID_MONTHS_FLAGGED = 3;

    /**
     * @param unpaidMonths the year's months up to the month assessed that are due and unpaid, in order
     */
    public record Arrears(int year, List<YearMonth> unpaidMonths, boolean flaggedForStrikingOff) {
        public int unpaidCount() {
            return unpaidMonths.size();
        }
    }

    /** January to {@code upTo} of {@code upTo}'s year; paid months of other years are ignored. */
    public static Arrears assess(YearMonth upTo, Set<YearMonth> paidMonths) {
        return assess(upTo, paidMonths, Set.of());
    }

    /**
     * @param notDueMonths months that count neither way: before admission or transfer in, deferred or exempted
     *                     with good reason
     */
    public static Arrears assess(YearMonth upTo, Set<YearMonth> paidMonths, Set<YearMonth> notDueMonths) {
        List<YearMonth> unpaid = IntStream.rangeClosed(1, upTo.getMonthValue())
                .mapToObj(m -> YearMonth.of(upTo.getYear(), m))
                .filter(m -> !paidMonths.contains(m) && !notDueMonths.contains(m))
                .toList();
        return new Arrears(upTo.getYear(), unpaid, unpaid.size() >= UNPAID_MONTHS_FLAGGED);
    }

    private ArrearsRules() {
    }
}
