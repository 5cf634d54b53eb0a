package vn.party.backbone.time;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = HolidayCalendar.standard();

    /** Mùng 1 Tết by the Vietnamese lunar calendar (UTC+7). */
    private static final Map<Integer, LocalDate> LUNAR_NEW_YEAR = Map.ofEntries(
            Map.entry(2015, LocalDate.of(2015, 2, 19)), Map.entry(2016, LocalDate.of(2016, 2, 8)),
            Map.entry(2017, LocalDate.of(2017, 1, 28)), Map.entry(2018, LocalDate.of(2018, 2, 16)),
            Map.entry(2019, LocalDate.of(2019, 2, 5)), Map.entry(2020, LocalDate.of(2020, 1, 25)),
            Map.entry(2021, LocalDate.of(2021, 2, 12)), Map.entry(2022, LocalDate.of(2022, 2, 1)),
            Map.entry(2023, LocalDate.of(2023, 1, 22)), Map.entry(2024, LocalDate.of(2024, 2, 10)),
            Map.entry(2025, LocalDate.of(2025, 1, 29)), Map.entry(2026, LocalDate.of(2026, 2, 17)),
            Map.entry(2027, LocalDate.of(2027, 2, 6)), Map.entry(2028, LocalDate.of(2028, 1, 26)),
            Map.entry(2029, LocalDate.of(2029, 2, 13)), Map.entry(2030, LocalDate.of(2030, 2, 2)));

    /** 10th day of the 3rd lunar month. */
    private static final Map<Integer, LocalDate> HUNG_KINGS = Map.ofEntries(
            Map.entry(2015, LocalDate.of(2015, 4, 28)), Map.entry(2016, LocalDate.of(2016, 4, 16)),
            Map.entry(2017, LocalDate.of(2017, 4, 6)), Map.entry(2018, LocalDate.of(2018, 4, 25)),
            Map.entry(2019, LocalDate.of(2019, 4, 14)), Map.entry(2020, LocalDate.of(2020, 4, 2)),
            Map.entry(2021, LocalDate.of(2021, 4, 21)), Map.entry(2022, LocalDate.of(2022, 4, 10)),
            Map.entry(2023, LocalDate.of(2023, 4, 29)), Map.entry(2024, LocalDate.of(2024, 4, 18)),
            Map.entry(2025, LocalDate.of(2025, 4, 7)), Map.entry(2026, LocalDate.of(2026, 4, 26)),
            Map.entry(2027, LocalDate.of(2027, 4, 16)), Map.entry(2028, LocalDate.of(2028, 4, 4)),
            Map.entry(2029, LocalDate.of(2029, 4, 23)), Map.entry(2030, LocalDate.of(2030, 4, 12)));

    @Test
    void theBundledCalendarCoversTheYears2015Through2030() {
        assertThat(calendar.firstYear()).isEqualTo(2015);
        assertThat(calendar.lastYear()).isEqualTo(2030);
        assertThat(calendar.covers(LocalDate.of(2015, 1, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2014, 12, 31))).isFalse();
        assertThat(calendar.covers(LocalDate.of(2031, 1, 1))).isFalse();
    }

    @Test
    void mung1TetIsAHolidayOnTheRealLunarNewYearEveryYear() {
        LUNAR_NEW_YEAR.forEach((year, tet) -> assertThat(calendar.holidayName(tet))
                .as("Tết %s", year).hasValueSatisfying(name -> assertThat(name).contains("mùng 1 tháng Giêng")));
    }

    @Test
    void tet2030FollowsTheVietnameseCalendarADayBeforeTheChineseNewYear() {
        assertThat(calendar.holidayName(LocalDate.of(2030, 2, 2))).contains("Tết Nguyên đán Canh Tuất (mùng 1 tháng Giêng)");
        assertThat(calendar.holidayName(LocalDate.of(2030, 2, 3))).contains("Tết Nguyên đán Canh Tuất (mùng 2 tháng Giêng)");
    }

    @Test
    void everyTetBreakGivesFiveWorkingDaysOffAroundTheLunarNewYear() {
        LUNAR_NEW_YEAR.forEach((year, tet) -> {
            long weekdaysOff = IntStream.rangeClosed(-10, 10).mapToObj(tet::plusDays)
                    .filter(d -> d.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue())
                    .filter(d -> calendar.holidayName(d).filter(n -> n.startsWith("Tết Nguyên đán")).isPresent())
                    .count();
            assertThat(weekdaysOff).as("Tết %s", year).isEqualTo(5);
        });
    }

    @Test
    void theTet2026BreakRunsFrom29ThangChapToMung4() {
        assertThat(calendar.holidayName(LocalDate.of(2026, 2, 16))).contains("Tết Nguyên đán Bính Ngọ (29 tháng Chạp)");
        assertThat(calendar.holidayName(LocalDate.of(2026, 2, 20))).contains("Tết Nguyên đán Bính Ngọ (mùng 4 tháng Giêng)");
        assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 13))).isFalse();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 2, 23))).isFalse();
    }

    @Test
    void hungKingsDayIsTheTenthDayOfTheThirdLunarMonth() {
        HUNG_KINGS.forEach((year, day) -> assertThat(calendar.holidayName(day))
                .as("Giỗ Tổ %s", year).contains("Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
    }

    @Test
    void newYearVictoryDayLabourDayAndNationalDayAreHolidaysEveryYear() {
        for (int year = 2015; year <= 2030; year++) {
            for (MonthDay day : new MonthDay[] {MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2)}) {
                assertThat(calendar.isHoliday(day.atYear(year))).as("%s %s", day, year).isTrue();
            }
        }
    }

    @Test
    void nationalDayHasOneAdjacentDayOffFrom2021() {
        assertThat(calendar.isHoliday(LocalDate.of(2020, 9, 1))).isFalse();
        assertThat(calendar.isHoliday(LocalDate.of(2020, 9, 3))).isFalse();
        for (int year = 2021; year <= 2030; year++) {
            int y = year;
            long adjacent = IntStream.of(1, 3).mapToObj(d -> LocalDate.of(y, 9, d)).filter(calendar::isHoliday).count();
            assertThat(adjacent).as("2/9/%s", year).isEqualTo(1);
        }
        assertThat(calendar.isHoliday(LocalDate.of(2021, 9, 3))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2024, 9, 3))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2025, 9, 1))).isTrue();
    }

    @Test
    void anOrdinaryDayIsNoHoliday() {
        assertThat(calendar.isHoliday(LocalDate.of(2025, 3, 12))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2025, 3, 12))).isEmpty();
    }

    @Test
    void aDateOutsideTheCoveredYearsIsRefusedNamingTheYear() {
        assertThatThrownBy(() -> calendar.isHoliday(LocalDate.of(2031, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2031");
        assertThatThrownBy(() -> calendar.isHoliday(LocalDate.of(2014, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2014");
    }

    @Test
    void holidayDataSkipsCommentsAndRefusesARepeatedDate() {
        HolidayCalendar small = HolidayCalendar.read(csv("# comment\ndate,name\n2040-01-01,Tết Dương lịch\n"));
        assertThat(small.firstYear()).isEqualTo(2040);
        assertThat(small.isHoliday(LocalDate.of(2040, 1, 1))).isTrue();
        assertThatThrownBy(() -> HolidayCalendar.read(csv("2040-01-01,a\n2040-01-01,b\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats 2040-01-01");
        assertThatThrownBy(() -> HolidayCalendar.read(csv("2040-01-01\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHolidayOnAWeekendGivesACompensatingDayOffOnTheNextWorkingDay() {
        // 2022: 30/4 on a Saturday and 1/5 on a Sunday, off on Monday 2/5 and Tuesday 3/5; Hùng Kings' day on Sunday 10/4
        assertThat(calendar.holidayName(LocalDate.of(2022, 5, 2))).contains("Nghỉ bù Ngày Chiến thắng (30/4)");
        assertThat(calendar.holidayName(LocalDate.of(2022, 5, 3))).contains("Nghỉ bù Ngày Quốc tế Lao động (1/5)");
        assertThat(calendar.isHoliday(LocalDate.of(2022, 5, 4))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2022, 4, 11))).contains("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        // 2023: 2/9 on a Saturday after the Friday next to it: off on Monday 4/9
        assertThat(calendar.isHoliday(LocalDate.of(2023, 9, 4))).isTrue();
        // 2026: Hùng Kings' day on Sunday 26/4, off on Monday 27/4
        assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 27))).isTrue();
        // Tết's break is as decided: no day is added after a Tết weekend (2030: mùng 1 on a Saturday)
        assertThat(calendar.holidayName(LocalDate.of(2030, 2, 2))).contains("Tết Nguyên đán Canh Tuất (mùng 1 tháng Giêng)");
        assertThat(calendar.holidayName(LocalDate.of(2030, 2, 8)).orElse("")).doesNotStartWith("Nghỉ bù");
    }
}
