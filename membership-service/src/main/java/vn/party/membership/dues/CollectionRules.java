package vn.party.membership.dues;

import vn.party.backbone.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The calendar of dues collection: which months can be collected or assessed, and on which day a month's
 * membership of a cell is judged.
 */
public final class CollectionRules {

    /** Rows a single collection request may carry: a large cell has a few hundred members. */
    public static final int MAX_ROWS = 500;

    /** Dues are collected for months that have begun, never ahead of the calendar. */
    public static YearMonth collectable(String field, YearMonth month, LocalDate today) {
        if (month.isAfter(YearMonth.from(today))) {
            throw ProblemException.invalid(field, "not after the current month " + YearMonth.from(today));
        }
        return month;
    }

    /**
     * Whose month it is: members in the cell's official count on the month's last day, or today while the
     * month is running. A member who moved mid-month pays where they stood at its end.
     */
    public static LocalDate memberDay(YearMonth month, LocalDate today) {
        LocalDate end = month.atEndOfMonth();
        return end.isAfter(today) ? today : end;
    }

    /**
     * The last month of {@code year} that arrears are assessed up to: December for a past year; for the current
     * year the month before this one, since members pay during the month; empty in January of the current year.
     */
    public static Optional<YearMonth> lastAssessedMonth(int year, LocalDate today) {
        if (year > today.getYear()) {
            throw ProblemException.invalid("year", "not after the current year " + today.getYear());
        }
        if (year < today.getYear()) {
            return Optional.of(YearMonth.of(year, 12));
        }
        return today.getMonthValue() == 1 ? Optional.empty() : Optional.of(YearMonth.from(today).minusMonths(1));
    }

    private CollectionRules() {
    }
}
