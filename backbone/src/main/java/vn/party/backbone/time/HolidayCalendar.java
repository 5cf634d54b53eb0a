package vn.party.backbone.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Vietnamese public holidays as data (ngày nghỉ lễ, Tết): the lunar New Year and Hùng Kings' day move, so
 * they are seeded per year in {@code calendar/vn-public-holidays.csv} rather than computed. A holiday other
 * than Tết that falls on a Saturday or Sunday gives a compensating day off (nghỉ bù) on the next working day,
 * computed here from the data (Bộ luật Lao động 2012 art. 110(3), 2019 art. 111(3)); Tết's break is listed as
 * decided, weekends included. Swapped working days (hoán đổi), decided year by year, are not known. A date in
 * a year the data does not cover is refused rather than guessed to be a working day.
 */
public final class HolidayCalendar {

    static final String RESOURCE = "/calendar/vn-public-holidays.csv";

    private final TreeMap<LocalDate, String> holidays;
    private final int firstYear;
    private final int lastYear;

    private HolidayCalendar(Map<LocalDate, String> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("a holiday calendar needs at least one holiday");
        }
        this.holidays = new TreeMap<>(holidays);
        this.firstYear = this.holidays.firstKey().getYear();
        this.lastYear = this.holidays.lastKey().getYear();
    }

    /** The bundled calendar (2015 through 2030), read once. */
    public static HolidayCalendar standard() {
        return Bundled.INSTANCE;
    }

    /** A calendar covering the years from its first to its last holiday (for tests and other data sets). */
    public static HolidayCalendar of(Map<LocalDate, String> holidays) {
        return new HolidayCalendar(holidays);
    }

    /** Reads {@code date,name} lines; a header line and lines starting with {@code #} are skipped. */
    public static HolidayCalendar read(InputStream csv) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("date,")) {
                    continue;
                }
                int comma = line.indexOf(',');
                if (comma < 0) {
                    throw new IllegalArgumentException("holiday line " + number + " is not 'date,name': " + line);
                }
                LocalDate date = LocalDate.parse(line.substring(0, comma));
                if (holidays.put(date, line.substring(comma + 1).strip()) != null) {
                    throw new IllegalArgumentException("holiday line " + number + " repeats " + date);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HolidayCalendar(withCompensatingDaysOff(holidays));
    }

    /**
     * The holidays and, for each one other than Tết on a weekend, a day off on the next day that is neither a
     * weekend nor already off: 30/4 on a Saturday and 1/5 on a Sunday give Monday 2/5 and Tuesday 3/5 (2022).
     */
    static Map<LocalDate, String> withCompensatingDaysOff(Map<LocalDate, String> holidays) {
        TreeMap<LocalDate, String> all = new TreeMap<>(holidays);
        for (Map.Entry<LocalDate, String> h : new TreeMap<>(holidays).entrySet()) {
            if (!isWeekend(h.getKey()) || h.getValue().startsWith("Tết Nguyên đán")) {
                continue;
            }
            LocalDate day = h.getKey().plusDays(1);
            while (isWeekend(day) || all.containsKey(day)) {
                day = day.plusDays(1);
            }
            all.put(day, "Nghỉ bù " + h.getValue());
        }
        return all;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || date.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
    }

    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    /** @throws IllegalArgumentException for a date in a year the calendar does not cover */
    public boolean isHoliday(LocalDate date) {
        return holidayName(date).isPresent();
    }

    /** The holiday's Vietnamese name, e.g. "Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)". */
    public Optional<String> holidayName(LocalDate date) {
        requireCovered(date);
        return Optional.ofNullable(holidays.get(date));
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    void requireCovered(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            throw new IllegalArgumentException("the holiday calendar has no data for the year " + date.getYear()
                    + " (it covers " + firstYear + " to " + lastYear + "); add that year's holidays to " + RESOURCE);
        }
    }

    /** Loaded on first use only (holder idiom), once per class loader. */
    private static final class Bundled {
        static final HolidayCalendar INSTANCE = load();

        private static HolidayCalendar load() {
            InputStream csv = HolidayCalendar.class.getResourceAsStream(RESOURCE);
            if (csv == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(csv);
        }
    }
}
