package vn.party.backbone.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private final WorkingDays workingDays = WorkingDays.standard();

    @Test
    void theTet2026WeekIsSkipped() {
        LocalDate fridayBeforeTet = LocalDate.of(2026, 2, 13);
        for (LocalDate d = LocalDate.of(2026, 2, 14); d.isBefore(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            assertThat(workingDays.isWorkingDay(d)).as("%s", d).isFalse();
        }
        assertThat(workingDays.plus(fridayBeforeTet, 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(workingDays.between(fridayBeforeTet, LocalDate.of(2026, 2, 23))).isEqualTo(1);
    }

    @Test
    void sixtyWorkingDaysFromAMoveInEarlyJanuary2026EndAWeekLaterBecauseOfTet() {
        // without the Tết week the 60th working day would be 30 March
        assertThat(workingDays.plus(LocalDate.of(2026, 1, 5), 60)).isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    void the30thOfAprilAndThe1stOfMay2025AreNoWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 4, 30))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 5, 1))).isFalse();
        assertThat(workingDays.plus(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(workingDays.between(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 5, 4))).isEqualTo(2);
    }

    @Test
    void weekendsAreSkipped() {
        LocalDate friday = LocalDate.of(2024, 3, 8);
        assertThat(workingDays.isWorkingDay(friday)).isTrue();
        assertThat(workingDays.isWorkingDay(friday.plusDays(1))).isFalse();
        assertThat(workingDays.isWorkingDay(friday.plusDays(2))).isFalse();
        assertThat(workingDays.plus(friday, 1)).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(workingDays.plus(friday.plusDays(1), 1)).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(workingDays.plus(friday, 10)).isEqualTo(LocalDate.of(2024, 3, 22));
    }

    @Test
    void theStartIsNotCountedAndZeroDaysIsTheStartItself() {
        LocalDate saturday = LocalDate.of(2024, 3, 9);
        assertThat(workingDays.plus(saturday, 0)).isEqualTo(saturday);
        assertThat(workingDays.between(saturday, saturday)).isZero();
        assertThat(workingDays.between(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 11))).isZero();
        assertThatThrownBy(() -> workingDays.plus(saturday, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workingDays.between(saturday, saturday.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void betweenAndPlusAgree() {
        for (LocalDate start = LocalDate.of(2024, 12, 20); start.isBefore(LocalDate.of(2026, 3, 1)); start = start.plusDays(3)) {
            for (int n : new int[] {1, 5, 30, 60}) {
                LocalDate end = workingDays.plus(start, n);
                assertThat(workingDays.between(start, end)).as("%s + %s", start, n).isEqualTo(n);
                assertThat(workingDays.isWorkingDay(end)).as("%s + %s", start, n).isTrue();
            }
        }
    }

    @Test
    void aDateOutsideTheCalendarIsRefusedNamingItsYear() {
        assertThatThrownBy(() -> workingDays.isWorkingDay(LocalDate.of(2031, 1, 6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031");
        assertThatThrownBy(() -> workingDays.plus(LocalDate.of(2030, 12, 20), 60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031");
        assertThatThrownBy(() -> workingDays.between(LocalDate.of(2014, 12, 31), LocalDate.of(2015, 1, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2014");
    }
}
