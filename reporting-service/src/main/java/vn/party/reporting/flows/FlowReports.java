package vn.party.reporting.flows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.party.backbone.scope.ScopedData;
import vn.party.contracts.membership.ExitKind;
import vn.party.reporting.period.ReportPeriod;
import vn.party.reporting.tree.DatedTree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flows in a period under a unit: each admission, transfer and exit counts for the units that stood above
 * its cell on the day it took effect, so a unit that moved since counts under its old parent for old days.
 */
@ApplicationScoped
public class FlowReports {

    /** The exits committees report (a transfer out of the province is counted with transfers). */
    public static final List<ExitKind> EXIT_KINDS = List.of(ExitKind.STRUCK_OFF, ExitKind.RELEASED, ExitKind.EXPELLED,
            ExitKind.DECEASED);

    @Inject
    ScopedData scoped;

    public record Admissions(long admitted, long readmitted) {
        static final Admissions NONE = new Admissions(0, 0);

        Admissions plus(Admissions o) {
            return new Admissions(admitted + o.admitted, readmitted + o.readmitted);
        }
    }

    /**
     * A target as the unit set it (setter OWN) or was given it by the committee above (SUPERIOR), with the admissions
     * counted in its period up to {@code countedTo} and the percentage achieved, two decimals.
     */
    public record Target(String period, String setter, int target, LocalDate countedFrom, LocalDate countedTo,
                         long admitted, java.math.BigDecimal percent) {
    }

    public record Transfers(long inWithinProvince, long inFromOtherProvinces, long in, long outWithinProvince,
                            long outToOtherProvinces, long out, long inByRestructuring, long outByRestructuring) {
        static final Transfers NONE = new Transfers(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Per child code; the unit's own figure under {@code null}. */
    public record ByUnit<T>(T total, Map<String, T> byChild) {
        public T child(String code, T none) {
            return byChild.getOrDefault(code, none);
        }
    }

    public ByUnit<Admissions> admissions(String unitCode, LocalDate from, LocalDate until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select %s, count(*), count(*) filter (where a.readmission)
                        from report_admission a
                        join report_tree t on t.code = a.unit_code and t.days @> a.effective_date
                        where a.effective_date >= cast(:from as date) and a.effective_date < cast(:until as date)
                          and %s and %s
                        group by 1""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).setParameter("from", from).setParameter("until", until).getResultList();
        Map<String, Admissions> byChild = new HashMap<>();
        Admissions total = Admissions.NONE;
        for (Object[] r : rows) {
            Admissions a = new Admissions(n(r[1]), n(r[2]));
            total = total.plus(a);
            if (r[0] != null) {
                byChild.put((String) r[0], a);
            }
        }
        return new ByUnit<>(total, byChild);
    }

    /**
     * The unit's targets, the one handed down before its own for each period, whose period (a year or a term)
     * overlaps the reported period, each with the
     * admissions from its first day up to the end of the reported period (or its own end, if earlier).
     */
    public List<Target> targets(String unitCode, ReportPeriod period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select g.period, g.target, g.setter from report_admission_target g
                        where g.unit_code = :unit and %s order by g.period, g.setter = 'OWN'""".formatted(DatedTree.IN_SCOPE))
                .setParameter("unit", unitCode).getResultList();
        List<Target> targets = new ArrayList<>();
        for (Object[] r : rows) {
            ReportPeriod targetPeriod;
            try {
                targetPeriod = ReportPeriod.parse((String) r[0]);
            } catch (ReportPeriod.InvalidPeriod e) {
                continue; // membership checks target periods; one it accepted but we cannot read is left out
            }
            if (!targetPeriod.overlaps(period)) {
                continue;
            }
            LocalDate until = period.until().isBefore(targetPeriod.until()) ? period.until() : targetPeriod.until();
            long admitted = admissions(unitCode, targetPeriod.from(), until).total().admitted();
            int target = ((Number) r[1]).intValue();
            targets.add(new Target(targetPeriod.label(), (String) r[2], target, targetPeriod.from(), until.minusDays(1), admitted,
                    vn.party.reporting.report.Percent.of(admitted, target)));
        }
        return targets;
    }

    public ByUnit<Transfers> transfers(String unitCode, LocalDate from, LocalDate until) {
        // each side's path on the transfer's day, or on the last day before it the unit existed (a cell
        // dissolved by a merger hands its members over on its last day)
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        with x as (
                            select tr.kind, tr.reason,
                                   (select t.path from report_tree t where t.code = tr.from_unit
                                      and t.valid_from <= tr.effective_date order by t.valid_from desc limit 1) as fp,
                                   (select t.path from report_tree t where t.code = tr.to_unit
                                      and t.valid_from <= tr.effective_date order by t.valid_from desc limit 1) as tp
                            from report_transfer tr
                            where tr.effective_date >= cast(:from as date) and tr.effective_date < cast(:until as date)
                              and %s)
                        select kind, reason, coalesce(%s, false), coalesce(%s, false), %s, %s, count(*)
                        from x group by 1, 2, 3, 4, 5, 6""".formatted(DatedTree.IN_SCOPE, DatedTree.under("fp"),
                        DatedTree.under("tp"), DatedTree.childOf("fp"), DatedTree.childOf("tp")))
                .setParameter("unit", unitCode).setParameter("from", from).setParameter("until", until).getResultList();
        Map<String, long[]> byChild = new LinkedHashMap<>();
        long[] total = new long[8];
        for (Object[] r : rows) {
            String kind = (String) r[0];
            boolean restructuring = "RESTRUCTURING".equals(r[1]);
            boolean fromIn = (Boolean) r[2];
            boolean toIn = (Boolean) r[3];
            String fromChild = fromIn ? (String) r[4] : null;
            String toChild = toIn ? (String) r[5] : null;
            long count = n(r[6]);
            if (toIn && !fromIn) {
                countIn(total, kind, restructuring, count);
            }
            if (fromIn && !toIn) {
                countOut(total, kind, restructuring, count);
            }
            if (toChild != null && !Objects.equals(toChild, fromChild)) {
                countIn(byChild.computeIfAbsent(toChild, k -> new long[8]), fromIn ? "WITHIN" : kind, restructuring, count);
            }
            if (fromChild != null && !Objects.equals(toChild, fromChild)) {
                countOut(byChild.computeIfAbsent(fromChild, k -> new long[8]), toIn ? "WITHIN" : kind, restructuring, count);
            }
        }
        Map<String, Transfers> children = new HashMap<>();
        byChild.forEach((code, f) -> children.put(code, transfers(f)));
        return new ByUnit<>(transfers(total), children);
    }

    public ByUnit<Map<ExitKind, Long>> exits(String unitCode, LocalDate from, LocalDate until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        with x as (
                            select e.exit_kind,
                                   (select t.path from report_tree t where t.code = e.unit_code
                                      and t.valid_from <= e.effective_date order by t.valid_from desc limit 1) as p
                            from report_exit e
                            where e.effective_date >= cast(:from as date) and e.effective_date < cast(:until as date)
                              and %s)
                        select %s, exit_kind, count(*) from x where %s
                        group by 1, 2""".formatted(DatedTree.IN_SCOPE, DatedTree.childOf("p"), DatedTree.under("p")))
                .setParameter("unit", unitCode).setParameter("from", from).setParameter("until", until).getResultList();
        Map<ExitKind, Long> total = noExits();
        Map<String, Map<ExitKind, Long>> byChild = new HashMap<>();
        for (Object[] r : rows) {
            ExitKind kind = ExitKind.valueOf((String) r[1]);
            long count = n(r[2]);
            total.merge(kind, count, Long::sum);
            if (r[0] != null) {
                byChild.computeIfAbsent((String) r[0], k -> noExits()).merge(kind, count, Long::sum);
            }
        }
        return new ByUnit<>(total, byChild);
    }

    public static Map<ExitKind, Long> noExits() {
        Map<ExitKind, Long> none = new EnumMap<>(ExitKind.class);
        EXIT_KINDS.forEach(k -> none.put(k, 0L));
        return none;
    }

    // figures: 0 in within, 1 in from other provinces, 2 out within, 3 out to other provinces, 4 in restr., 5 out restr.
    private static void countIn(long[] f, String kind, boolean restructuring, long count) {
        f["IN".equals(kind) ? 1 : 0] += count;
        if (restructuring) {
            f[4] += count;
        }
    }

    private static void countOut(long[] f, String kind, boolean restructuring, long count) {
        f["OUT".equals(kind) ? 3 : 2] += count;
        if (restructuring) {
            f[5] += count;
        }
    }

    private static Transfers transfers(long[] f) {
        return new Transfers(f[0], f[1], f[0] + f[1], f[2], f[3], f[2] + f[3], f[4], f[5]);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
