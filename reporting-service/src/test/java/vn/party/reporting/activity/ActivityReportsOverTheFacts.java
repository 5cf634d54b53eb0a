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
 * The activity figures as computed before issue 12 from the facts alone (a test oracle): cell activity under a unit: meetings and attendance (sinh hoạt chi bộ), cells that missed their monthly
 * meeting, dues collected (đảng phí) and members who paid nothing for a month. Each meeting and payment rolls
 * up the tree of its own day (a payment: the last day of the month paid for).
 */
@ApplicationScoped
public class ActivityReportsOverTheFacts {

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
                        from report_meeting m
                        join report_tree t on t.code = m.unit_code and t.days @> m.held_on
                        where m.held_on >= cast(:from as date) and m.held_on < cast(:until as date) and %s and %s
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
        missed(unitCode, months, 1, "REGULAR", figures, 7);
        // a thematic meeting at least once a quarter: quarters wholly in the period and over
        List<YearMonth> quarters = months.stream().filter(m -> (m.getMonthValue() - 1) % 3 == 0
                && months.contains(m.plusMonths(2))).toList();
        missed(unitCode, quarters, 3, "THEMATIC", figures, 10);
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
                        select %s, sum(d.amount), count(*)
                        from report_dues d
                        join report_tree t on t.code = d.unit_code
                             and t.days @> cast(d.month + interval '1 month' - interval '1 day' as date)
                        where d.month >= cast(:from as date) and d.month < cast(:until as date) and %s and %s
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
            List<Object[]> owed = scoped.sql("""
                            with months as (
                                select cast(d as date) as m_start, cast(d + interval '1 month' - interval '1 day' as date) as m_end
                                from generate_series(cast(:first as date), cast(:last as date), interval '1 month') d)
                            select %s, count(*),
                                   count(*) filter (where not exists (select 1 from report_dues d
                                                    where d.member_id = m.member_id and d.month = mo.m_start))
                            from months mo
                            join report_member_period m on m.valid_from <= mo.m_end
                                 and (m.valid_to is null or m.valid_to > mo.m_end) and m.status in ('FULL', 'PROBATIONARY')
                            join report_tree t on t.code = m.unit_code and t.days @> mo.m_end
                            where %s and %s
                            group by 1""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                    .setParameter("unit", unitCode).setParameter("first", months.get(0).atDay(1))
                    .setParameter("last", months.get(months.size() - 1).atDay(1)).getResultList();
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

    /**
     * Cells due a meeting of {@code kind} in each stretch of {@code step} months from {@code starts} (a cell that
     * existed on the stretch's first and last day, under the unit on the last), and those that held none: into
     * {@code figures} at {@code slot} (due), slot + 1 (missed), slot + 2 (distinct cells that missed).
     */
    private void missed(String unitCode, List<YearMonth> starts, int step, String kind, Map<String, long[]> figures, int slot) {
        if (starts.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> missed = scoped.sql("""
                        with stretches as (
                            select cast(d as date) as m_start,
                                   cast(d + make_interval(months => :step) - interval '1 day' as date) as m_end
                            from unnest(cast(:starts as date[])) d),
                        due as (
                            select mo.m_start, mo.m_end, t.code, %s as child
                            from stretches mo
                            join report_tree t on t.days @> mo.m_end and t.kind in ('CELL', 'BASE_CELL') and %s
                            where exists (select 1 from report_tree t0 where t0.code = t.code and t0.days @> mo.m_start))
                        select child, count(*), count(*) filter (where not held),
                               count(distinct code) filter (where not held), grouping(child)
                        from (select d.*, exists (select 1 from report_meeting m where m.unit_code = d.code
                                      and m.kind = :kind and m.held_on between d.m_start and d.m_end) as held
                              from due d) x
                        where %s
                        group by grouping sets ((child), ())""".formatted(DatedTree.childOf("t.path"),
                        DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).setParameter("step", step).setParameter("kind", kind)
                .setParameter("starts", starts.stream().map(m -> m.atDay(1).toString()).collect(
                        java.util.stream.Collectors.joining(",", "{", "}")))
                .getResultList();
        for (Object[] r : missed) {
            // grouping(child) = 1 marks the row over all cells; the unit's own cell comes as child null
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
