package vn.party.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kỳ báo cáo: the period a flow figure covers. Committees file monthly, quarterly, six-monthly, nine-monthly,
 * yearly and per congress term; any date range is allowed as well. Written as
 * <ul>
 *   <li>{@code 2026-03}: a month;</li>
 *   <li>{@code 2026-Q1} .. {@code 2026-Q4}: a quarter;</li>
 *   <li>{@code 2026-H1}, {@code 2026-H2}: six months (first or second half);</li>
 *   <li>{@code 2026-9M}: the first nine months (1 January to 30 September);</li>
 *   <li>{@code 2026}: a year;</li>
 *   <li>{@code 2020-2025}: a congress term, from 1 January of its first year up to, not including, 1 January
 *       of its last year (five whole years, as membership counts admission targets, so consecutive terms
 *       never count a figure twice);</li>
 *   <li>{@code 2026-01-15..2026-02-20}: any range of days, both ends included.</li>
 * </ul>
 * {@code from} is the first day, {@code until} the day after the last (half-open), {@link #to()} the last day.
 */
public record ReportPeriod(Kind kind, String label, LocalDate from, LocalDate until) {

    public enum Kind { MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR, TERM, RANGE }

    /** Earliest year a period may touch: the party's founding. */
    public static final int FIRST_YEAR = 1930;
    public static final int LAST_YEAR = 2100;
    /** Longest congress term written as {@code yyyy-yyyy}. */
    public static final int MAX_TERM_YEARS = 10;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern NINE = Pattern.compile("(\\d{4})-9M");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern TERM = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /** Thrown for text that names no period; the message says what is accepted. */
    public static final class InvalidPeriod extends IllegalArgumentException {
        public InvalidPeriod(String message) {
            super(message);
        }
    }

    public ReportPeriod {
        if (!until.isAfter(from)) {
            throw new InvalidPeriod("a period ends after it begins");
        }
    }

    public static ReportPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPeriod("required: " + FORMS);
        }
        String s = text.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = RANGE.matcher(s)).matches()) {
            LocalDate from = date(m.group(1));
            LocalDate to = date(m.group(2));
            if (to.isBefore(from)) {
                throw new InvalidPeriod("a range ends on or after its first day");
            }
            year(from.getYear());
            year(to.getYear());
            return new ReportPeriod(Kind.RANGE, from + ".." + to, from, to.plusDays(1));
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            int q = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(year(m.group(1)), 3 * (q - 1) + 1, 1);
            return new ReportPeriod(Kind.QUARTER, s, from, from.plusMonths(3));
        }
        if ((m = HALF.matcher(s)).matches()) {
            int h = Integer.parseInt(m.group(2));
            LocalDate from = LocalDate.of(year(m.group(1)), h == 1 ? 1 : 7, 1);
            return new ReportPeriod(Kind.HALF_YEAR, s, from, from.plusMonths(6));
        }
        if ((m = NINE.matcher(s)).matches()) {
            LocalDate from = LocalDate.of(year(m.group(1)), 1, 1);
            return new ReportPeriod(Kind.NINE_MONTHS, s, from, from.plusMonths(9));
        }
        if ((m = YEAR.matcher(s)).matches()) {
            LocalDate from = LocalDate.of(year(m.group(1)), 1, 1);
            return new ReportPeriod(Kind.YEAR, s, from, from.plusYears(1));
        }
        if ((m = MONTH.matcher(s)).matches() && Integer.parseInt(m.group(2)) <= 12) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1) {
                throw new InvalidPeriod("a month runs from 01 to 12");
            }
            LocalDate from = YearMonth.of(year(m.group(1)), month).atDay(1);
            return new ReportPeriod(Kind.MONTH, s, from, from.plusMonths(1));
        }
        if ((m = TERM.matcher(s)).matches()) {
            int first = year(m.group(1));
            int last = year(m.group(2));
            if (last <= first || last - first > MAX_TERM_YEARS) {
                throw new InvalidPeriod("a term runs from its first year to a later last year, at most "
                        + MAX_TERM_YEARS + " years");
            }
            return new ReportPeriod(Kind.TERM, s, LocalDate.of(first, 1, 1), LocalDate.of(last, 1, 1));
        }
        if (MONTH.matcher(s).matches()) {
            throw new InvalidPeriod("a month runs from 01 to 12");
        }
        throw new InvalidPeriod("not a period: " + FORMS);
    }

    public static final String FORMS = "a month (2026-03), quarter (2026-Q1), half year (2026-H1), nine months (2026-9M), "
            + "year (2026), term (2020-2025) or range of days (2026-01-15..2026-02-20)";

    /** The last day of the period. */
    public LocalDate to() {
        return until.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    public boolean overlaps(ReportPeriod other) {
        return from.isBefore(other.until) && other.from.isBefore(until);
    }

    /** The same period cut off after {@code lastDay} (inclusive), or itself when it ends earlier. */
    public ReportPeriod upTo(LocalDate lastDay) {
        if (!lastDay.isBefore(to())) {
            return this;
        }
        if (lastDay.isBefore(from)) {
            throw new InvalidPeriod("the period " + label + " begins after " + lastDay);
        }
        return new ReportPeriod(Kind.RANGE, from + ".." + lastDay, from, lastDay.plusDays(1));
    }

    /** The months the period touches, first to last. */
    public java.util.List<YearMonth> months() {
        java.util.List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidPeriod("not a calendar date: " + text);
        }
    }

    private static int year(String text) {
        return year(Integer.parseInt(text));
    }

    private static int year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidPeriod("years between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return year;
    }
}
