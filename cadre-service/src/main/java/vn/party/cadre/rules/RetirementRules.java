package vn.party.cadre.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Retirement age (tuổi nghỉ hưu) under normal working conditions: Labour Code 2019 (Bộ luật Lao động
 * 2019), art. 169, and Decree 135/2020/NĐ-CP. From 2021 men retire at 60 years 3 months, rising 3 months a
 * year to 62 in 2028; women at 55 years 4 months, rising 4 months a year to 60 in 2035. Before 2021 the
 * Labour Code 2012 held: 60 and 55. The age that applies is the one of the calendar year in which it is
 * reached, and the retirement moment is the end of the last day of the month in which the worker reaches
 * it (Decree 135/2020, art. 4): a man born October 1961 is 60y3m in January 2022, after 2021, so he retires
 * at 2022's 60y6m, at the end of April 2022.
 */
public final class RetirementRules {

    /**
     * One schedule per sex: the age in months in {@code firstYear}, rising by {@code stepMonths} a year up
     * to {@code finalAgeMonths}; {@code ageMonthsBefore} for anyone who reached that earlier age before
     * {@code firstYear}.
     */
    public record Schedule(String regulation, Sex sex, int firstYear, int ageMonthsInFirstYear, int stepMonths,
                           int finalAgeMonths, int ageMonthsBefore) {
        public Schedule {
            Objects.requireNonNull(regulation, "regulation");
            Objects.requireNonNull(sex, "sex");
        }

        int ageMonthsIn(int year) {
            if (year < firstYear) {
                return ageMonthsBefore;
            }
            return Math.min(finalAgeMonths, ageMonthsInFirstYear + stepMonths * (year - firstYear));
        }
    }

    /** When a person retires and at what age. */
    public record Retirement(LocalDate date, Period age, String regulation) {
    }

    private final List<Schedule> schedules;

    public RetirementRules(List<Schedule> schedules) {
        this.schedules = List.copyOf(schedules);
        for (Sex sex : Sex.values()) {
            schedule(sex);
        }
    }

    /** The schedule in force: Labour Code 2019 with Decree 135/2020/NĐ-CP. */
    public static RetirementRules labourCode2019() {
        return new RetirementRules(List.of(
                new Schedule("Bộ luật Lao động 2019 art. 169; Nghị định 135/2020/NĐ-CP", Sex.MALE, 2021, 60 * 12 + 3, 3, 62 * 12, 60 * 12),
                new Schedule("Bộ luật Lao động 2019 art. 169; Nghị định 135/2020/NĐ-CP", Sex.FEMALE, 2021, 55 * 12 + 4, 4, 60 * 12, 55 * 12)));
    }

    private Schedule schedule(Sex sex) {
        return schedules.stream().filter(s -> s.sex() == sex).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no retirement schedule for " + sex));
    }

    /** The age that applies to those who reach it in {@code year}. */
    public Period retirementAgeIn(Sex sex, int year) {
        int months = schedule(sex).ageMonthsIn(year);
        return Period.of(months / 12, months % 12, 0);
    }

    /** The retirement date (end of the month the age is reached) and the age that applied. */
    public Retirement retirement(LocalDate dateOfBirth, Sex sex) {
        Schedule s = schedule(sex);
        LocalDate reachedBefore = dateOfBirth.plusMonths(s.ageMonthsBefore());
        if (reachedBefore.getYear() < s.firstYear()) {
            return new Retirement(endOfMonth(reachedBefore), months(s.ageMonthsBefore()), s.regulation());
        }
        for (int year = s.firstYear(); ; year++) {
            int months = s.ageMonthsIn(year);
            LocalDate reached = dateOfBirth.plusMonths(months);
            if (reached.getYear() <= year) {
                return new Retirement(endOfMonth(reached), months(months), s.regulation());
            }
        }
    }

    public LocalDate retirementDate(LocalDate dateOfBirth, Sex sex) {
        return retirement(dateOfBirth, sex).date();
    }

    /** Age in years, months and days reached on {@code on} by someone born on {@code dateOfBirth}. */
    public static Period ageOn(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on);
    }

    /** Whole years of age on {@code on}. */
    public static int yearsOn(LocalDate dateOfBirth, LocalDate on) {
        return ageOn(dateOfBirth, on).getYears();
    }

    /** True when at least {@code years} of working age are left on {@code on} before retirement. */
    public boolean hasWorkingYearsLeft(LocalDate dateOfBirth, Sex sex, LocalDate on, int years) {
        return !retirementDate(dateOfBirth, sex).isBefore(on.plusYears(years));
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return YearMonth.from(d).atEndOfMonth();
    }

    private static Period months(int months) {
        return Period.of(months / 12, months % 12, 0);
    }
}
