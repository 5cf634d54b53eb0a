package vn.party.membership.workingdays;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.party.membership.workingdays.WorkingDayCalendar.WORKING_DAYS;

/** The calendar membership's deadlines count on: every date the service accepts, holidays where they are known. */
class WorkingDayCalendarTest {

    @Test
    void aHolidayOnAWeekendGivesTheCompensatingDayOffInMembershipsDeadlinesToo() {
        // 2022: 30/4 on a Saturday and 1/5 on a Sunday, off on Monday 2/5 and Tuesday 3/5
        assertThat(WORKING_DAYS.isWorkingDay(LocalDate.of(2022, 5, 2))).isFalse();
        assertThat(WORKING_DAYS.isWorkingDay(LocalDate.of(2022, 5, 3))).isFalse();
        assertThat(WORKING_DAYS.plus(LocalDate.of(2022, 4, 29), 1)).isEqualTo(LocalDate.of(2022, 5, 4));
        assertThat(WorkingDayCalendar.weekendsOnly(LocalDate.of(2022, 4, 29), LocalDate.of(2022, 5, 4))).isFalse();
    }

    @Test
    void anAdmissionBefore2015CountsWeekendsOnlyAndSaysSo() {
        LocalDate decided = LocalDate.of(2014, 5, 20);   // a Tuesday
        assertThat(WORKING_DAYS.plus(decided, 30)).isEqualTo(LocalDate.of(2014, 7, 1));
        assertThat(WorkingDayCalendar.holidaysKnown(decided)).isFalse();
        assertThat(WorkingDayCalendar.weekendsOnly(decided, WORKING_DAYS.plus(decided, 30))).isTrue();
    }

    @Test
    void aTransferAfter2030CountsWeekendsOnlyAndSaysSo() {
        LocalDate moved = LocalDate.of(2031, 1, 6);   // a Monday
        // 60 working days, Monday to Friday: twelve weeks
        assertThat(WORKING_DAYS.plus(moved, 60)).isEqualTo(LocalDate.of(2031, 3, 31));
        assertThat(WorkingDayCalendar.weekendsOnly(LocalDate.of(2030, 12, 1), WORKING_DAYS.plus(moved, 60))).isTrue();
        // a deadline running from a known year into an unknown one is flagged as well
        assertThat(WorkingDayCalendar.weekendsOnly(LocalDate.of(2030, 11, 20), LocalDate.of(2031, 2, 12))).isTrue();
    }

    @Test
    void everyDateTheServiceAcceptsHasAnAnswer() {
        assertThat(WORKING_DAYS.isWorkingDay(LocalDate.of(WorkingDayCalendar.FIRST_YEAR, 1, 2))).isTrue();
        assertThat(WORKING_DAYS.plus(LocalDate.of(WorkingDayCalendar.LAST_YEAR, 6, 1), 60)).isNotNull();
        assertThat(WORKING_DAYS.between(LocalDate.of(1930, 1, 1), LocalDate.of(2100, 1, 1))).isPositive();
    }
}
