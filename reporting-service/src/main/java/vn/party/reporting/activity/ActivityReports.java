package vn.party.reporting.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.scope.ScopedData;
import vn.party.reporting.report.Percent;
import vn.party.reporting.tree.DatedTree;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cell activity under a unit: meetings and attendance (sinh hoạt chi bộ), cells that missed their monthly
 * meeting, dues collected (đảng phí) and members who paid nothing for a month. Each meeting and payment rolls
 * up the tree of its own day (a payment: the last day of the month paid for).
 */
@ApplicationScoped
public class ActivityReports {

    @Inject
    ScopedData scoped;

    /**
     * @param attendanceRate    present / (present + absent with and without reason), %
     * @param committeeRate     committee members present / committee members on the attendance lists, %
     * @param cellMonths        cell-months that were due: a cell that existed through a month that is over
     * @param cellMonthsMissed  of those, months without a regular meeting
     * @param cellsMissing      cells that missed at least one month
     * @param cellQuarters      cell-quarters due a thematic meeting (quarters wholly in the period and over)
     * @param cellQuartersMissedThematic of those, quarters without a thematic meeting
     * @param cellsMissingThematic cells that missed at least one quarter
     */
    public record Meetings(long regular, long thematic, long present, long absentWithReason, long absentWithoutReason,
                           BigDecimal attendanceRate, long committeeExpected, long committeePresent,
                           BigDecimal committeeRate, long cellMonths, long cellMonthsMissed, long cellsMissing,
                           long cellQuarters, long cellQuartersMissedThematic, long cellsMissingThematic) {
    }

    /**
     * @param memberMonths       members' months in the official count at a month's end (months that are over)
     * @param memberMonthsUnpaid of those, months without a payment
     */
    public record Dues(long collectedDong, long payments, long memberMonths, long memberMonthsUnpaid) {
    }

    public record ByUnit<T>(T total, Map<String, T> byChild) {
    }

    /**
     * Months of the period that count for missed meetings and unpaid dues: those wholly in the period and over
     * before {@code today}'s month.
     */
    public static List<YearMonth> assessedMonths(LocalDate from, LocalDate until, LocalDate today) {
        List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(from); m.atDay(1).isBefore(until); m = m.plusMonths(1)) {
            if (!m.atDay(1).isBefore(from) && m.atEndOfMonth().isBefore(until) && m.isBefore(YearMonth.from(today))) {
                months.add(m);
            }
        }
        return months;
    }

    public ByUnit<Meetings> meetings(String unitCode, LocalDate from, LocalDate until, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> held = scoped.sql("""
                        select %s, count(*) filter (where m.kind = 'REGULAR'), count(*) filter (where m.kind = 'THEMATIC'),
                               sum(m.present), sum(m.absent_with_reason), sum(m.absent_without_reason),
                               sum(m.committee_total), sum(m.committee_present)
                        from report_tree t
                        join report_meeting m on m.unit_code = t.code
                             and m.held_on >= greatest(t.valid_from, cast(:from as date))
                             and m.held_on < least(t.valid_to, cast(:until as date))
                        where t.days && daterange(cast(:from as date), cast(:until as date), '[)') and %s and %s
                        group by 1""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).setParameter("from", from).setParameter("until", until).getResultList();
        Map<String, long[]> figures = new HashMap<>();
        for (Object[] r : held) {
            long[] f = figures.computeIfAbsent(key(r[0]), k -> new long[SLOTS]);
            for (int i = 1; i <= 7; i++) {
                f[i - 1] += n(r[i]);
            }
        }
        List<YearMonth> months = assessedMonths(from, until, today);
        if (!months.isEmpty()) {
            missed(unitCode, months.get(0), months.size(), 1, "REGULAR", figures, 7);
        }
        // a thematic meeting at least once a quarter: quarters wholly in the period and over
        List<YearMonth> quarters = months.stream().filter(m -> (m.getMonthValue() - 1) % 3 == 0
                && months.contains(m.plusMonths(2))).toList();
        if (!quarters.isEmpty()) {
            missed(unitCode, quarters.get(0), quarters.size(), 3, "THEMATIC", figures, 10);
        }
        long[] total = new long[SLOTS];
        figures.forEach((k, f) -> {
            if (!k.equals(TOTAL)) {
                for (int i = 0; i < 7; i++) {
                    total[i] += f[i];
                }
            }
        });
        long[] missedTotal = figures.getOrDefault(TOTAL, new long[SLOTS]);
        for (int i = 7; i < SLOTS; i++) {
            total[i] = missedTotal[i];
        }
        Map<String, Meetings> byChild = new HashMap<>();
        figures.forEach((k, f) -> {
            if (!k.equals(TOTAL) && !k.equals(OWN)) {
                byChild.put(k, meetings(f));
            }
        });
        return new ByUnit<>(meetings(total), byChild);
    }

    public ByUnit<Dues> dues(String unitCode, LocalDate from, LocalDate until, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> paid = scoped.sql("""
                        select %s, sum(d.collected), sum(d.payments)
                        from report_tree t
                        join report_dues_unit_month d on d.unit_code = t.code
                             and d.month >= cast(:from as date) and d.month < cast(:until as date)
                             and t.days @> cast(d.month + interval '1 month' - interval '1 day' as date)
                        where %s and %s
                        group by 1""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).setParameter("from", from).setParameter("until", until).getResultList();
        Map<String, long[]> figures = new HashMap<>();
        for (Object[] r : paid) {
            long[] f = figures.computeIfAbsent(key(r[0]), k -> new long[4]);
            f[0] += n(r[1]);
            f[1] += n(r[2]);
        }
        List<YearMonth> months = assessedMonths(from, until, today);
        if (!months.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> owed = scoped.sql(OWED.formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"),
                            DatedTree.IN_SCOPE))
                    .setParameter("unit", unitCode).setParameter("first", index(months.get(0)))
                    .setParameter("last", index(months.get(months.size() - 1)))
                    .setParameter("firstDay", months.get(0).atDay(1))
                    .setParameter("lastDay", months.get(months.size() - 1).atEndOfMonth()).getResultList();
            for (Object[] r : owed) {
                long[] f = figures.computeIfAbsent(key(r[0]), k -> new long[4]);
                f[2] += n(r[1]);
                f[3] += n(r[2]);
            }
        }
        long[] total = new long[4];
        Map<String, Dues> byChild = new HashMap<>();
        figures.forEach((k, f) -> {
            for (int i = 0; i < 4; i++) {
                total[i] += f[i];
            }
            if (!k.equals(OWN)) {
                byChild.put(k, new Dues(f[0], f[1], f[2], f[3]));
            }
        });
        return new ByUnit<>(new Dues(total[0], total[1], total[2], total[3]), byChild);
    }

    private static final String OWN = "\u0000own";
    private static final String TOTAL = "\u0000total";

    private static String key(Object child) {
        return child == null ? OWN : (String) child;
    }

    /** SQL: a date's month counted from year 0 (year * 12 + month - 1), null for null. */
    private static String month(String date) {
        return "(cast(extract(year from " + date + ") as int) * 12 + cast(extract(month from " + date + ") as int) - 1)";
    }

    /** A month counted as {@link #month(String)} does. */
    static int index(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    /**
     * Member-months owed and unpaid per child, for the months :first to :last (indexes, as {@link #index}): a member
     * owes a month when a period of theirs as a full or probationary member covers its last day, counted under
     * the tree of that day. Each member period meets each version of its cell's place in the tree once, and the
     * months whose last day lies in both are counted by their bounds, not one row per month; the unpaid ones are
     * those of the member's payments that fall in the same months, taken away.
     */
    private static final String OWED = """
            with pv as (
                select %1$s as child, p.member_id,
                       greatest(p.valid_from, t.valid_from) as lo, least(p.valid_to, t.valid_to) as hi
                from report_tree t
                join report_member_period p on p.unit_code = t.code and p.status in ('FULL', 'PROBATIONARY')
                     and p.valid_from <= cast(:lastDay as date)
                     and (p.valid_to is null or p.valid_to > cast(:firstDay as date))
                     and (t.valid_to is null or p.valid_from < t.valid_to)
                     and (p.valid_to is null or p.valid_to > t.valid_from)
                where t.valid_from <= cast(:lastDay as date) and (t.valid_to is null or t.valid_to > cast(:firstDay as date))
                  and %2$s and %3$s),
            counted as (
                select child, member_id, greatest(:first, M_LO) as m_from, least(:last, coalesce(M_HI - 1, :last)) as m_to
                from pv)
            select c.child, sum(c.m_to - c.m_from + 1), sum(c.m_to - c.m_from + 1) - sum(x.paid)
            from counted c
            cross join lateral (select count(*) as paid from report_dues d where d.member_id = c.member_id
                      and d.month >= make_date(c.m_from / 12, c.m_from %% 12 + 1, 1)
                      and d.month <= make_date(c.m_to / 12, c.m_to %% 12 + 1, 1)) x
            where c.m_to >= c.m_from
            group by 1""".replace("M_LO", month("lo")).replace("M_HI", month("hi"));

    /**
     * Cells due a meeting of {@code kind} in each of the {@code count} stretches of {@code step} months from
     * {@code first} (a cell that existed on the stretch's first and last day, under the unit on the last), and those
     * that held none: into {@code figures} at {@code slot} (due), slot + 1 (missed), slot + 2 (distinct cells that
     * missed). Each version of a cell's place in the tree counts the stretches whose last day it covers by their
     * bounds (one stretch may start before the version, and counts if the cell existed then); the stretches held
     * come from report_meeting_month, kept per cell and month as meetings arrive.
     */
    private void missed(String unitCode, YearMonth first, int count, int step, String kind, Map<String, long[]> figures,
                        int slot) {
        if (count == 0) {
            return;
        }
        String heldColumn = switch (kind) {
            case "REGULAR" -> "regular";
            case "THEMATIC" -> "thematic";
            default -> throw new IllegalArgumentException(kind);
        };
        String stretchStart = "cast(cast(:firstDay as date) + make_interval(months => %s) as date)";
        @SuppressWarnings("unchecked")
        List<Object[]> missed = scoped.sql("""
                        with v as (
                            select t.code, %1$s as child, t.valid_from, M_FROM - :f as a0,
                                   M_FROM - :f + case when extract(day from t.valid_from) > 1 then 1 else 0 end as c,
                                   M_TO - :f as b0
                            from report_tree t
                            where t.kind in ('CELL', 'BASE_CELL')
                              and t.days && daterange(cast(:firstDay as date), cast(:endDay as date), '[)') and %2$s and %3$s),
                        held as (
                            select h.unit_code as code, cast(floor((M_HELD - :f) / cast(:step as numeric)) as int) as k
                            from report_meeting_month h
                            where h.month >= cast(:firstDay as date) and h.month < cast(:endDay as date) and h.%4$s > 0
                              and h.unit_code in (select code from v)
                            group by 1, 2),
                        held_due as (
                            select v.code, v.valid_from, count(*) as n
                            from held h
                            join v on v.code = h.code and h.k * :step + :step - 1 >= v.a0
                                 and (v.b0 is null or (h.k + 1) * :step <= v.b0)
                            where h.k * :step >= v.c or exists (select 1 from report_tree t0 where t0.code = h.code
                                      and t0.days @> %5$s)
                            group by 1, 2),
                        per_version as (
                            select v.code, v.child, coalesce(hd.n, 0) as held,
                                   greatest(0, least(:n - 1, coalesce(cast(floor(v.b0 / cast(:step as numeric)) as int) - 1, :n - 1))
                                               - greatest(0, cast(ceil(v.c / cast(:step as numeric)) as int)) + 1)
                                   + case when v.a0 >= 0 and v.a0 < :n * :step
                                               and cast(floor(v.a0 / cast(:step as numeric)) as int) * :step < v.c
                                               and (v.b0 is null
                                                    or (cast(floor(v.a0 / cast(:step as numeric)) as int) + 1) * :step <= v.b0)
                                          then case when exists (select 1 from report_tree t0 where t0.code = v.code
                                                        and t0.days @> %6$s) then 1 else 0 end
                                          else 0 end as due
                            from v left join held_due hd on hd.code = v.code and hd.valid_from = v.valid_from),
                        per_cell as (
                            select child, code, sum(due) as due, sum(due - held) as missed, grouping(child) as g
                            from per_version where due > 0
                            group by grouping sets ((child, code), (code)))
                        select child, sum(due), sum(missed), count(*) filter (where missed > 0), g
                        from per_cell group by g, child"""
                        .formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE, heldColumn,
                                stretchStart.formatted("h.k * :step"),
                                stretchStart.formatted("cast(floor(v.a0 / cast(:step as numeric)) as int) * :step"))
                        .replace("M_FROM", month("t.valid_from")).replace("M_TO", month("t.valid_to"))
                        .replace("M_HELD", month("h.month")))
                .setParameter("unit", unitCode).setParameter("f", index(first)).setParameter("n", count)
                .setParameter("step", step).setParameter("firstDay", first.atDay(1))
                .setParameter("endDay", first.plusMonths((long) count * step).atDay(1))
                .getResultList();
        for (Object[] r : missed) {
            // g = 1 marks the row over all cells; the unit's own cell comes as child null
            boolean all = n(r[4]) == 1;
            if (r[0] == null && !all) {
                continue;
            }
            long[] f = figures.computeIfAbsent(all ? TOTAL : (String) r[0], k -> new long[SLOTS]);
            f[slot] = n(r[1]);
            f[slot + 1] = n(r[2]);
            f[slot + 2] = n(r[3]);
        }
    }

    private static final int SLOTS = 13;

    public static Meetings noMeetings() {
        return meetings(new long[SLOTS]);
    }

    private static Meetings meetings(long[] f) {
        return new Meetings(f[0], f[1], f[2], f[3], f[4], Percent.of(f[2], f[2] + f[3] + f[4]), f[5], f[6],
                Percent.of(f[6], f[5]), f[7], f[8], f[9], f[10], f[11], f[12]);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
