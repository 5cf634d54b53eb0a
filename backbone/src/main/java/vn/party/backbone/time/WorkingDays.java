package vn.party.backbone.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days (ngày làm việc): Monday to Friday, public holidays excluded. Regulations set many deadlines in
 * working days (a transfer within 60, an admission ceremony within 30). Every date looked at must lie in a
 * year the holiday calendar covers, else {@link IllegalArgumentException} names the year.
 */
public final class WorkingDays {

    private final HolidayCalendar calendar;

    public WorkingDays(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Working days by the bundled Vietnamese calendar. */
    public static WorkingDays standard() {
        return new WorkingDays(HolidayCalendar.standard());
    }

    public boolean isWorkingDay(LocalDate date) {
        calendar.requireCovered(date);
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !calendar.isHoliday(date);
    }

    /**
     * The date that is {@code workingDays} working days after {@code start}, start itself not counted: a
     * deadline "within N working days of" start. Zero gives start itself.
     */
    public LocalDate plus(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + workingDays);
        }
        calendar.requireCovered(start);
        LocalDate date = start;
        for (int counted = 0; counted < workingDays; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The number of working days after {@code fromExclusive} up to and including {@code toInclusive}. */
    public int between(LocalDate fromExclusive, LocalDate toInclusive) {
        calendar.requireCovered(fromExclusive);
        calendar.requireCovered(toInclusive);
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(toInclusive + " lies before " + fromExclusive);
        }
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
