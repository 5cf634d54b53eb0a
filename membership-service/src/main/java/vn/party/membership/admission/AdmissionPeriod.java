package vn.party.membership.admission;

import vn.party.backbone.problem.ProblemException;

import java.time.LocalDate;

/**
 * A target period: a year ({@code 2026}) or a congress term ({@code 2025-2030}). A term counts admissions
 * decided from 1 January of its first year up to, not including, 1 January of its last year: five whole
 * years for a five-year term, so consecutive terms never count an admission twice.
 */
record AdmissionPeriod(String label, LocalDate from, LocalDate until) {

    static AdmissionPeriod parse(String label) {
        if (label != null && label.matches("^\\d{4}$")) {
            int year = Integer.parseInt(label);
            checkYear(year);
            return new AdmissionPeriod(label, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        if (label != null && label.matches("^\\d{4}-\\d{4}$")) {
            int first = Integer.parseInt(label.substring(0, 4));
            int last = Integer.parseInt(label.substring(5));
            checkYear(first);
            checkYear(last);
            if (last <= first || last - first > 10) {
                throw ProblemException.invalid("period", "a term runs from its first year to a later last year, at most 10 years");
            }
            return new AdmissionPeriod(label, LocalDate.of(first, 1, 1), LocalDate.of(last, 1, 1));
        }
        throw ProblemException.invalid("period", "a year (2026) or a term (2025-2030)");
    }

    private static void checkYear(int year) {
        if (year < 1930 || year > 2100) {
            throw ProblemException.invalid("period", "years between 1930 and 2100");
        }
    }
}
