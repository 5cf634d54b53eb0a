package vn.party.reporting.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.party.backbone.scope.ScopedData;
import vn.party.contracts.inspection.AppealOutcome;
import vn.party.contracts.inspection.BodyKind;
import vn.party.contracts.inspection.BodyLevel;
import vn.party.contracts.inspection.CaseKind;
import vn.party.contracts.inspection.DenunciationKind;
import vn.party.contracts.inspection.DenunciationOutcome;
import vn.party.contracts.inspection.DisciplineForm;
import vn.party.reporting.tree.DatedTree;
import vn.party.reporting.tree.Rollup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.party.reporting.tree.Rollup.n;
import static vn.party.reporting.tree.Rollup.names;

/**
 * Inspection figures under a unit (công tác kiểm tra, giám sát và thi hành kỷ luật đảng), as the inspection
 * sector's statistical tables count them: cases by activity, kind, planned or not, and body level, with the
 * organisations and members covered; conclusions with violations; discipline by form and by issuing body;
 * appeals; denunciations and complaints by outcome; suspensions. Each row rolls up the tree of its own day: a
 * case by the body's unit on the day it was decided, a decision by its subject's unit on the decision's day.
 */
@ApplicationScoped
public class InspectionReports {

    private static final List<String> FORMS = names(DisciplineForm.class);
    private static final List<String> LEVELS = names(BodyLevel.class);
    private static final List<String> BODIES = names(BodyKind.class);
    private static final List<String> KINDS = names(CaseKind.class);

    @Inject
    ScopedData scoped;

    @Schema(name = "DisciplineFigures", description = "Kỷ luật: decisions dated in the period, by the form as currently "
            + "known (the latest appeal's result; an annulled decision counts in annulledOnAppeal only)")
    public record Discipline(long total, long members, long organisations, Map<String, Long> byForm,
                             Map<String, Long> byBodyLevel, Map<String, Long> byBodyKind,
                             Map<String, Map<String, Long>> byBodyLevelAndForm, long annulledOnAppeal,
                             long appeals, Map<String, Long> appealsByOutcome) {
    }

    /** Cases of one activity (inspection or supervision) decided in the period. */
    @Schema(name = "CaseFigures")
    public record Cases(long cases, long planned, long surprise, long fromDenunciation, long organisationsCovered,
                        long membersCovered, long committeeMembersCovered, Map<String, Long> byKind,
                        Map<String, Long> byBodyLevel, long concluded, long organisationsWithViolations,
                        long membersWithViolations, long committeeMembersWithViolations, long disciplineToConsider) {
    }

    @Schema(name = "InspectionFigures", description = "Kiểm tra và giám sát: cases decided in the period (surprise: not "
            + "in the body's plan), conclusions in the period, cases closed and follow-up actions that fell overdue")
    public record Inspections(Cases inspections, Cases supervisions, long closed, long followUpsOverdue) {
    }

    @Schema(name = "DenunciationFigures", description = "Tố cáo và khiếu nại kỷ luật: received and resolved in the "
            + "period, by the handling body's unit")
    public record Denunciations(long received, Map<String, Long> receivedByKind, long resolved, long resolvedOnTime,
                                Map<String, Long> byOutcome, Map<String, Map<String, Long>> byKindAndOutcome) {
    }

    @Schema(name = "SuspensionFigures", description = "Đình chỉ sinh hoạt đảng: started and ended in the period, in force "
            + "on its last day")
    public record Suspensions(long started, long ended, long endedEarly, long inForce) {
    }

    public Rollup discipline(String unit, LocalDate from, LocalDate until) {
        Rollup r = new Rollup();
        for (Object[] row : rows("""
                select %s, d.form_now, d.subject_kind, d.body_level, d.body_kind, count(*)
                from (select d.*, case when ap.appeal_id is null then d.form
                                       when ap.outcome = 'ANNULLED' then null else ap.resulting_form end as form_now
                      from report_discipline d
                      left join lateral (select a.appeal_id, a.outcome, a.resulting_form from report_appeal a
                                         where a.decision_id = d.decision_id
                                         order by a.decided_on desc, a.appeal_id desc limit 1) ap on true
                      where d.decided_on >= cast(:from as date) and d.decided_on < cast(:until as date)) d
                join report_tree t on t.code = d.unit_code and t.days @> d.decided_on
                where %s and %s
                group by 1, 2, 3, 4, 5""", unit, from, until)) {
            long count = n(row[5]);
            if (row[1] == null) {
                r.add(row[0], "annulled", count);
                continue;
            }
            r.add(row[0], "total", count);
            r.add(row[0], "subject." + row[2], count);
            r.add(row[0], "form." + row[1], count);
            r.add(row[0], "level." + row[3], count);
            r.add(row[0], "body." + row[4], count);
            r.add(row[0], "levelForm." + row[3] + "." + row[1], count);
        }
        for (Object[] row : rows("""
                select %s, a.outcome, count(*)
                from report_appeal a
                join report_tree t on t.code = a.unit_code and t.days @> a.decided_on
                where a.decided_on >= cast(:from as date) and a.decided_on < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            r.add(row[0], "appeals", n(row[2]));
            r.add(row[0], "appeal." + row[1], n(row[2]));
        }
        return r;
    }

    public static Discipline discipline(Rollup.Tally t) {
        Map<String, Map<String, Long>> levelForm = new LinkedHashMap<>();
        for (String level : LEVELS) {
            levelForm.put(level, t.map("levelForm." + level, FORMS));
        }
        return new Discipline(t.get("total"), t.get("subject.MEMBER"), t.get("subject.ORGANISATION"), t.map("form", FORMS),
                t.map("level", LEVELS), t.map("body", BODIES), levelForm, t.get("annulled"), t.get("appeals"),
                t.map("appeal", names(AppealOutcome.class)));
    }

    public Rollup inspections(String unit, LocalDate from, LocalDate until) {
        Rollup r = new Rollup();
        for (Object[] row : rows("""
                select %s, c.activity, c.kind, c.planned, coalesce(c.from_denunciation, false), c.body_level, count(*),
                       sum(c.organisations_covered), sum(c.members_covered), sum(c.committee_members_covered)
                from report_case c
                join report_tree t on t.code = c.unit_code and t.days @> c.decided_on
                where c.decided_on >= cast(:from as date) and c.decided_on < cast(:until as date) and %s and %s
                group by 1, 2, 3, 4, 5, 6""", unit, from, until)) {
            String a = row[1] + ".";
            long count = n(row[6]);
            r.add(row[0], a + "cases", count);
            r.add(row[0], a + (Boolean.TRUE.equals(row[3]) ? "planned" : "surprise"), count);
            if (Boolean.TRUE.equals(row[4])) {
                r.add(row[0], a + "fromDenunciation", count);
            }
            r.add(row[0], a + "kind." + row[2], count);
            r.add(row[0], a + "level." + row[5], count);
            r.add(row[0], a + "organisationsCovered", n(row[7]));
            r.add(row[0], a + "membersCovered", n(row[8]));
            r.add(row[0], a + "committeeMembersCovered", n(row[9]));
        }
        for (Object[] row : rows("""
                select %s, c.activity, count(*), sum(c.organisations_with_violations), sum(c.members_with_violations),
                       sum(c.committee_members_with_violations), sum(c.discipline_to_consider)
                from report_case c
                join report_tree t on t.code = c.unit_code and t.days @> c.concluded_on
                where c.concluded_on >= cast(:from as date) and c.concluded_on < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            String a = row[1] + ".";
            r.add(row[0], a + "concluded", n(row[2]));
            r.add(row[0], a + "organisationsWithViolations", n(row[3]));
            r.add(row[0], a + "membersWithViolations", n(row[4]));
            r.add(row[0], a + "committeeMembersWithViolations", n(row[5]));
            r.add(row[0], a + "disciplineToConsider", n(row[6]));
        }
        for (Object[] row : rows("""
                select %s, count(*)
                from report_case c
                join report_tree t on t.code = c.unit_code and t.days @> c.closed_on
                where c.closed_on >= cast(:from as date) and c.closed_on < cast(:until as date) and %s and %s
                group by 1""", unit, from, until)) {
            r.add(row[0], "closed", n(row[1]));
        }
        for (Object[] row : rows("""
                select %s, count(*)
                from report_follow_up_overdue f
                join report_tree t on t.code = f.unit_code and t.days @> f.overdue_from
                where f.overdue_from >= cast(:from as date) and f.overdue_from < cast(:until as date) and %s and %s
                group by 1""", unit, from, until)) {
            r.add(row[0], "followUpsOverdue", n(row[1]));
        }
        return r;
    }

    public static Inspections inspections(Rollup.Tally t) {
        return new Inspections(cases(t, "INSPECTION."), cases(t, "SUPERVISION."), t.get("closed"), t.get("followUpsOverdue"));
    }

    private static Cases cases(Rollup.Tally t, String a) {
        return new Cases(t.get(a + "cases"), t.get(a + "planned"), t.get(a + "surprise"), t.get(a + "fromDenunciation"),
                t.get(a + "organisationsCovered"), t.get(a + "membersCovered"), t.get(a + "committeeMembersCovered"),
                t.map(a + "kind", KINDS), t.map(a + "level", LEVELS), t.get(a + "concluded"),
                t.get(a + "organisationsWithViolations"), t.get(a + "membersWithViolations"),
                t.get(a + "committeeMembersWithViolations"), t.get(a + "disciplineToConsider"));
    }

    public Rollup denunciations(String unit, LocalDate from, LocalDate until) {
        Rollup r = new Rollup();
        for (Object[] row : rows("""
                select %s, d.kind, count(*)
                from report_denunciation d
                join report_tree t on t.code = d.unit_code and t.days @> d.received_on
                where d.received_on >= cast(:from as date) and d.received_on < cast(:until as date) and %s and %s
                group by 1, 2""", unit, from, until)) {
            r.add(row[0], "received", n(row[2]));
            r.add(row[0], "receivedKind." + row[1], n(row[2]));
        }
        for (Object[] row : rows("""
                select %s, d.kind, d.outcome, count(*), count(*) filter (where d.on_time)
                from report_denunciation d
                join report_tree t on t.code = d.unit_code and t.days @> d.resolved_on
                where d.resolved_on >= cast(:from as date) and d.resolved_on < cast(:until as date) and %s and %s
                group by 1, 2, 3""", unit, from, until)) {
            r.add(row[0], "resolved", n(row[3]));
            r.add(row[0], "onTime", n(row[4]));
            r.add(row[0], "outcome." + row[2], n(row[3]));
            r.add(row[0], "kindOutcome." + row[1] + "." + row[2], n(row[3]));
        }
        return r;
    }

    public static Denunciations denunciations(Rollup.Tally t) {
        List<String> outcomes = names(DenunciationOutcome.class);
        Map<String, Map<String, Long>> byKind = new LinkedHashMap<>();
        for (String kind : names(DenunciationKind.class)) {
            byKind.put(kind, t.map("kindOutcome." + kind, outcomes));
        }
        return new Denunciations(t.get("received"), t.map("receivedKind", names(DenunciationKind.class)), t.get("resolved"),
                t.get("onTime"), t.map("outcome", outcomes), byKind);
    }

    /** Suspensions started and ended in [from, until), and those in force on {@code day}. */
    public Rollup suspensions(String unit, LocalDate from, LocalDate until, LocalDate day) {
        Rollup r = new Rollup();
        for (Object[] row : rows("""
                select %s, count(*)
                from report_suspension s
                join report_tree t on t.code = s.unit_code and t.days @> s.started_on
                where s.started_on >= cast(:from as date) and s.started_on < cast(:until as date) and %s and %s
                group by 1""", unit, from, until)) {
            r.add(row[0], "started", n(row[1]));
        }
        for (Object[] row : rows("""
                select %s, count(*), count(*) filter (where s.early)
                from report_suspension s
                join report_tree t on t.code = s.unit_code and t.days @> s.ended_on
                where s.ended_on >= cast(:from as date) and s.ended_on < cast(:until as date) and %s and %s
                group by 1""", unit, from, until)) {
            r.add(row[0], "ended", n(row[1]));
            r.add(row[0], "early", n(row[2]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> inForce = scoped.sql("""
                        select %s, count(*)
                        from report_suspension s
                        join report_tree t on t.code = s.unit_code and t.days @> cast(:day as date)
                        where s.started_on <= cast(:day as date)
                          and coalesce(s.ended_on, s.ends_on, cast('infinity' as date)) > cast(:day as date) and %s and %s
                        group by 1""".formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unit).setParameter("day", day).getResultList();
        for (Object[] row : inForce) {
            r.add(row[0], "inForce", n(row[1]));
        }
        return r;
    }

    public static Suspensions suspensions(Rollup.Tally t) {
        return new Suspensions(t.get("started"), t.get("ended"), t.get("early"), t.get("inForce"));
    }

    /** Rows of a query over [:from, :until) under :unit: the template takes childOf, under and the scope check. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String template, String unit, LocalDate from, LocalDate until) {
        return scoped.sql(template.formatted(DatedTree.childOf("t.path"), DatedTree.under("t.path"), DatedTree.IN_SCOPE))
                .setParameter("unit", unit).setParameter("from", from).setParameter("until", until).getResultList();
    }
}
