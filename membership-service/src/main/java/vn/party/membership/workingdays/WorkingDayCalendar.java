package vn.party.membership.workingdays;

import vn.party.backbone.time.HolidayCalendar;
import vn.party.backbone.time.WorkingDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * Working days for every date the service accepts (1930 to 2100), not only for the years whose public holidays
 * are in backbone's calendar (2015 to 2030): outside those years a deadline counts Monday to Friday only, and
 * {@link #holidaysKnown} says so, for the answer to flag it. Done by widening the bundled calendar with a Sunday
 * at each end (a Sunday is never a working day, so the two entries change no count).
 */
public final class WorkingDayCalendar {

    public static final int FIRST_YEAR = 1930;
    public static final int LAST_YEAR = 2100;

    private static final HolidayCalendar KNOWN = HolidayCalendar.standard();
    public static final WorkingDays WORKING_DAYS = new WorkingDays(widened());

    /** True when public holidays of the date's year are known; otherwise deadlines counted weekends only. */
    public static boolean holidaysKnown(LocalDate date) {
        return date.getYear() >= KNOWN.firstYear() && date.getYear() <= KNOWN.lastYear();
    }

    /** True when a period counted in working days from {@code start} to {@code end} left holidays out. */
    public static boolean weekendsOnly(LocalDate start, LocalDate end) {
        return !holidaysKnown(start) || !holidaysKnown(end);
    }

    private static HolidayCalendar widened() {
        Map<LocalDate, String> holidays = new HashMap<>();
        for (LocalDate d = LocalDate.of(KNOWN.firstYear(), 1, 1); d.getYear() <= KNOWN.lastYear(); d = d.plusDays(1)) {
            if (KNOWN.isHoliday(d)) {
                holidays.put(d, "holiday");
            }
        }
        holidays.put(LocalDate.of(FIRST_YEAR, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY)), "calendar edge (a Sunday)");
        holidays.put(LocalDate.of(LAST_YEAR, 12, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)), "calendar edge (a Sunday)");
        return HolidayCalendar.of(holidays);
    }

    private WorkingDayCalendar() {
    }
}
