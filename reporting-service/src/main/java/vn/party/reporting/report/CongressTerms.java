package vn.party.reporting.report;

import vn.party.reporting.period.ReportPeriod;

import java.time.LocalDate;

/**
 * Nhiệm kỳ đại hội: the five-year congress terms (XIII: 2020-2025, XIV: 2025-2030, ...), counted as
 * {@link ReportPeriod} counts a term, from 1 January of its first year to 1 January of its last.
 */
public final class CongressTerms {

    /** First year of a known term; every term since is five years long. */
    static final int ANCHOR = 2020;
    static final int YEARS = 5;

    public static ReportPeriod containing(LocalDate day) {
        int first = ANCHOR + Math.floorDiv(day.getYear() - ANCHOR, YEARS) * YEARS;
        return ReportPeriod.parse(first + "-" + (first + YEARS));
    }

    private CongressTerms() {
    }
}
