package vn.party.reporting.cadre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.scope.ScopedData;
import vn.party.reporting.report.Percent;
import vn.party.reporting.tree.DatedTree;
import vn.party.reporting.tree.Rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static vn.party.reporting.tree.Rollup.n;

/**
 * Cadre figures under a unit (công tác cán bộ): posts held on a day by level and post, with the shares of
 * women, cadres under 40 and ethnic-minority cadres; succession-plan entries (quy hoạch) per term, added and
 * taken out in a period and standing on a day with the same shares; training enrolments and completions by
 * programme; appointments, reappointments and rotations. Each row rolls up the tree of its own day. Shares
 * count cadres (a cadre holding two posts, or planned for two, counts once), as %, two decimals.
 */
@ApplicationScoped
public class CadreReports {

    /** Levels of the unit a post belongs to, from its kind on the day. */
    static final List<String> LEVELS = List.of("PROVINCE", "INTERMEDIATE", "BASE", "CELL");
    static final String LEVEL_OF_KIND = "case t.kind when 'PROVINCE_COMMITTEE' then 'PROVINCE' "
            + "when 'INTERMEDIATE_COMMITTEE' then 'INTERMEDIATE' when 'CELL' then 'CELL' else 'BASE' end";
    static final List<String> PROGRAMMES = List.of("ELEMENTARY_POLITICAL_THEORY", "INTERMEDIATE_POLITICAL_THEORY",
            "ADVANCED_POLITICAL_THEORY", "STATE_MANAGEMENT_SPECIALIST", "STATE_MANAGEMENT_PRINCIPAL",
            "STATE_MANAGEMENT_SENIOR", "REFRESHER");
    static final List<String> DIRECTIONS = List.of("UP", "DOWN", "ACROSS");
    /** Kinds of accountability action, as the cadre contract enumerates them. */
    static final List<String> ACCOUNTABILITY_KINDS = List.of("REVIEW", "SUSPENSION", "RELIEVED_FROM_POST", "RESIGNATION",
            "REASSIGNMENT");

    @Inject
    ScopedData scoped;

    /** The shares committees report of a set of cadres. */
    @Schema(name = "CadreShares")
    public record Shares(long cadres, long women, long under40, long ethnicMinority, BigDecimal womenPercent,
                         BigDecimal under40Percent, BigDecimal ethnicMinorityPercent) {
    }

    @Schema(name = "CadreFigures", description = "Posts held on the day (kiêm nhiệm: cadres holding more than one)")
    public record Cadres(long posts, Shares holders, long concurrentHolders, Map<String, Long> postsByLevel,
                         Map<String, Long> postsByPositionKind,
                         @Schema(description = "Hồ sơ cán bộ: cadre profiles from the HR system under the unit on the "
                                 + "day (each by its latest sync up to then), with the same shares")
                         Shares profiles) {
    }

    /** The plan of one term on the day: entries standing and the shares of the cadres in them (young: as planned). */
    @Schema(name = "PlanTermFigures")
    public record PlanTerm(long entries, long cadres, long women, long young, long ethnicMinority, BigDecimal womenPercent,
                           BigDecimal youngPercent, BigDecimal ethnicMinorityPercent, Map<String, Long> entriesByLevel) {
    }

    @Schema(name = "PlanningFigures", description = "Quy hoạch: entries added and taken out in the period, by term; "
            + "the plans standing on the period's last day, by term")
    public record Planning(long added, long removed, long removedForDiscipline, Map<String, Long> addedByTerm,
                           Map<String, Long> removedByTerm, Map<String, PlanTerm> standingByTerm) {
    }

    @Schema(name = "TrainingFigures", description = "Đào tạo, bồi dưỡng: enrolments and completions in the period, "
            + "by programme, by the running unit")
    public record Training(long enrolled, long completed, long womenEnrolled, Map<String, Long> enrolledByProgramme,
                           Map<String, Long> completedByProgramme) {
    }

    @Schema(name = "AppointmentFigures", description = "Bổ nhiệm, bổ nhiệm lại, luân chuyển in the period (a rotation "
            + "by the receiving unit)")
    public record Appointments(long appointed, long reappointed, long rotated, long women,
                               Map<String, Long> rotatedByDirection,
                               @Schema(description = "Accountability actions taken against heads in the period")
                               long accountabilityActions,
                               @Schema(description = "The same by kind (review, suspension, relieved from post, "
                                       + "resignation, reassignment)")
                               Map<String, Long> accountabilityByKind) {
    }

    public Rollup cadres(String unit, LocalDate day) {
        Rollup r = new Rollup();
        String held = """
                from report_holding h
                join report_tree t on t.code = h.unit_code and t.days @> cast(:day as date)
                where h.held_from <= cast(:day as date) and (h.held_to is null or h.held_to >= cast(:day as date))
                  and %s and %s""".formatted(DatedTree.under("t.path"), DatedTree.IN_SCOPE);
        for (Object[] row : dayRows("select %s, %s, h.position_kind, count(*) ".formatted(DatedTree.childOf("t.path"),
                LEVEL_OF_KIND) + held + " group by 1, 2, 3", unit, day)) {
            r.add(row[0], "posts", n(row[3]));
            r.add(row[0], "level." + row[1], n(row[3]));
            r.add(row[0], "kind." + row[2], n(row[3]));
        }
        // distinct cadres, per child and then over the whole subtree (a cadre may hold posts under two children)
        for (boolean whole : new boolean[]{false, true}) {
            for (Object[] row : dayRows("""
                    select child, count(*), count(*) filter (where female), count(*) filter (where under_40),
                           count(*) filter (where ethnic_minority), count(*) filter (where posts > 1)
                    from (select %s as child, h.cadre_id, bool_or(h.female) as female, bool_or(h.under_40) as under_40,
                                 bool_or(h.ethnic_minority) as ethnic_minority, count(*) as posts
                          %s group by 1, 2) x
                    group by 1""".formatted(whole ? "cast(null as text)" : DatedTree.childOf("t.path"), held), unit, day)) {
                String[] keys = {"cadres", "women", "under40", "ethnic", "concurrent"};
                for (int i = 0; i < keys.length; i++) {
                    r.set(row[0], whole, keys[i], n(row[i + 1]));
                }
            }
        }
        // profiles: each cadre by the latest sync up to the day, in the unit it named (so each counts once)
        for (Object[] row : dayRows("""
                select %s, count(*), count(*) filter (where p.female), count(*) filter (where p.under_40),
                       count(*) filter (where p.ethnic_minority)
                from (select distinct on (s.cadre_id) s.cadre_id, s.unit_code, s.female, s.under_40, s.ethnic_minority
                      from report_cadre_profile_sync s where s.synced_on <= cast(:day as date)
                      order by s.cadre_id, s.synced_on desc, s.event_time desc, s.event_id) p
                join report_tree t on t.code = p.unit_code and t.days @> cast(:day as date)
                where %s and %s
                group by 1""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE),
                unit, day)) {
            String[] keys = {"profile.cadres", "profile.women", "profile.under40", "profile.ethnic"};
            for (int i = 0; i < keys.length; i++) {
                r.add(row[0], keys[i], n(row[i + 1]));
            }
        }
        return r;
    }

    public static Cadres cadres(Rollup.Tally t) {
        return new Cadres(t.get("posts"), shares(t, ""), t.get("concurrent"), t.map("level", LEVELS), t.map("kind", List.of()),
                shares(t, "profile."));
    }

    private static Shares shares(Rollup.Tally t, String p) {
        long cadres = t.get(p + "cadres");
        return new Shares(cadres, t.get(p + "women"), t.get(p + "under40"), t.get(p + "ethnic"),
                Percent.of(t.get(p + "women"), cadres), Percent.of(t.get(p + "under40"), cadres),
                Percent.of(t.get(p + "ethnic"), cadres));
    }

    /** Entries added and removed in [from, until), and the plans standing on {@code day}. */
    public Rollup planning(String unit, LocalDate from, LocalDate until, LocalDate day) {
        Rollup r = new Rollup();
        for (Object[] row : rows("""
                select %s, e.term, count(*)
                from report_plan_entry e
                join report_tree t on t.code = e.unit_code and t.days @> e.added_on
                where e.added_on >= cast(:from as date) and e.added_on < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            r.add(row[0], "added", n(row[2]));
            r.add(row[0], "addedTerm." + row[1], n(row[2]));
        }
        for (Object[] row : rows("""
                select %s, e.term, count(*), count(*) filter (where e.removed_automatically)
                from report_plan_entry e
                join report_tree t on t.code = e.unit_code and t.days @> e.removed_on
                where e.removed_on >= cast(:from as date) and e.removed_on < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            r.add(row[0], "removed", n(row[2]));
            r.add(row[0], "removedAuto", n(row[3]));
            r.add(row[0], "removedTerm." + row[1], n(row[2]));
        }
        String standing = """
                from report_plan_entry e
                join report_tree t on t.code = e.unit_code and t.days @> cast(:day as date)
                where e.added_on <= cast(:day as date) and (e.removed_on is null or e.removed_on > cast(:day as date))
                  and %s and %s""".formatted(DatedTree.under("t.path"), DatedTree.IN_SCOPE);
        for (Object[] row : dayRows("select %s, e.term, e.level, count(*) ".formatted(DatedTree.childOf("t.path"))
                + standing + " group by 1, 2, 3", unit, day)) {
            r.add(row[0], "terms." + row[1], 0);
            r.add(row[0], "plan." + row[1] + ".entries", n(row[3]));
            r.add(row[0], "plan." + row[1] + ".level." + row[2], n(row[3]));
        }
        for (boolean whole : new boolean[]{false, true}) {
            for (Object[] row : dayRows("""
                    select child, term, count(*), count(*) filter (where female), count(*) filter (where young),
                           count(*) filter (where ethnic_minority)
                    from (select %s as child, e.term, e.cadre_id, bool_or(e.female) as female, bool_or(e.young) as young,
                                 bool_or(e.ethnic_minority) as ethnic_minority
                          %s group by 1, 2, 3) x
                    group by 1, 2""".formatted(whole ? "cast(null as text)" : DatedTree.childOf("t.path"), standing),
                    unit, day)) {
                String p = "plan." + row[1] + ".";
                r.set(row[0], whole, p + "cadres", n(row[2]));
                r.set(row[0], whole, p + "women", n(row[3]));
                r.set(row[0], whole, p + "young", n(row[4]));
                r.set(row[0], whole, p + "ethnic", n(row[5]));
            }
        }
        return r;
    }

    public static Planning planning(Rollup.Tally t) {
        Map<String, PlanTerm> standing = new LinkedHashMap<>();
        for (String term : new TreeSet<>(t.map("terms", List.of()).keySet())) {
            String p = "plan." + term + ".";
            long cadres = t.get(p + "cadres");
            standing.put(term, new PlanTerm(t.get(p + "entries"), cadres, t.get(p + "women"), t.get(p + "young"),
                    t.get(p + "ethnic"), Percent.of(t.get(p + "women"), cadres), Percent.of(t.get(p + "young"), cadres),
                    Percent.of(t.get(p + "ethnic"), cadres), t.map(p + "level", List.of("PROVINCE", "INTERMEDIATE", "BASE"))));
        }
        return new Planning(t.get("added"), t.get("removed"), t.get("removedAuto"), t.map("addedTerm", List.of()),
                t.map("removedTerm", List.of()), standing);
    }

    public Rollup training(String unit, LocalDate from, LocalDate until) {
        Rollup r = new Rollup();
        for (Object[] row : rows("""
                select %s, e.programme_kind, count(*), count(*) filter (where e.female)
                from report_training e
                join report_tree t on t.code = e.unit_code and t.days @> e.enrolled_on
                where e.enrolled_on >= cast(:from as date) and e.enrolled_on < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            r.add(row[0], "enrolled", n(row[2]));
            r.add(row[0], "women", n(row[3]));
            r.add(row[0], "enrolledKind." + row[1], n(row[2]));
        }
        for (Object[] row : rows("""
                select %s, e.programme_kind, count(*)
                from report_training e
                join report_tree t on t.code = e.unit_code and t.days @> e.completed_on
                where e.completed_on >= cast(:from as date) and e.completed_on < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            r.add(row[0], "completed", n(row[2]));
            r.add(row[0], "completedKind." + row[1], n(row[2]));
        }
        return r;
    }

    public static Training training(Rollup.Tally t) {
        return new Training(t.get("enrolled"), t.get("completed"), t.get("women"), t.map("enrolledKind", PROGRAMMES),
                t.map("completedKind", PROGRAMMES));
    }

    public Rollup appointments(String unit, LocalDate from, LocalDate until) {
        Rollup r = new Rollup();
        for (Object[] row : rows("""
                select %s, a.kind, coalesce(a.direction, ''), count(*), count(*) filter (where a.female)
                from report_appointment a
                join report_tree t on t.code = a.unit_code and t.days @> a.effective_date
                where a.effective_date >= cast(:from as date) and a.effective_date < cast(:until as date) and %s and %s
                group by 1, 2, 3""", unit, from, until)) {
            r.add(row[0], (String) row[1], n(row[3]));
            r.add(row[0], "women", n(row[4]));
            if ("ROTATED".equals(row[1])) {
                r.add(row[0], "direction." + row[2], n(row[3]));
            }
        }
        for (Object[] row : rows("""
                select %s, a.kind, count(*)
                from report_accountability a
                join report_tree t on t.code = a.unit_code and t.days @> a.effective_date
                where a.effective_date >= cast(:from as date) and a.effective_date < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            r.add(row[0], "accountability", n(row[2]));
            r.add(row[0], "accountabilityKind." + row[1], n(row[2]));
        }
        return r;
    }

    public static Appointments appointments(Rollup.Tally t) {
        return new Appointments(t.get("APPOINTED"), t.get("REAPPOINTED"), t.get("ROTATED"), t.get("women"),
                t.map("direction", DIRECTIONS), t.get("accountability"), t.map("accountabilityKind", ACCOUNTABILITY_KINDS));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String template, String unit, LocalDate from, LocalDate until) {
        return scoped.sql(template.formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unit).setParameter("from", from).setParameter("until", until).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> dayRows(String sql, String unit, LocalDate day) {
        return scoped.sql(sql).setParameter("unit", unit).setParameter("day", day).getResultList();
    }
}
