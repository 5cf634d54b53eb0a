package vn.party.membership.admission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.party.backbone.paging.Cursor;
import vn.party.backbone.sql.Columns;
import vn.party.backbone.paging.Page;
import vn.party.backbone.paging.PageRequest;
import vn.party.backbone.problem.ProblemException;
import vn.party.backbone.scope.ScopedData;
import vn.party.backbone.time.VietnamTime;
import vn.party.membership.orgunit.OrgUnits;
import vn.party.membership.orgunit.UnitRef;

import vn.party.membership.reports.Percent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Lists of admissions that need action, and admitted-against-target progress, in the caller's subtree. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdmissionReports {

    @Inject
    ScopedData scoped;

    @Inject
    OrgUnits units;

    @Inject
    vn.party.membership.reports.ReportTimeLimit limit;

    /** Probationary members whose probation ends within {@code days} from today (today included). */
    public Page<AdmissionApi.Due> dueForConfirmation(int days, String unitCode, PageRequest page) {
        if (days < 0 || days > 366) {
            throw ProblemException.invalid("withinDays", "between 0 and 366");
        }
        LocalDate today = VietnamTime.today();
        return limit.run("admission", () -> due(
                "a.stage = 'ON_PROBATION' and a.probation_ends_on between cast(:from as date) and cast(:to as date)",
                "a.probation_ends_on", today, today.plusDays(days), unitCode, page));
    }

    /** Probation over without a confirmation, and ceremonies past their deadline. */
    public Page<AdmissionApi.Due> overdue(String unitCode, PageRequest page) {
        LocalDate yesterday = VietnamTime.today().minusDays(1);
        return limit.run("admission", () -> due("""
                ((a.stage = 'ON_PROBATION' and a.probation_ends_on <= cast(:to as date))
                  or (a.stage = 'AWAITING_CEREMONY' and a.ceremony_deadline <= cast(:to as date)))
                  and cast(:from as date) is null""",
                "case when a.stage = 'ON_PROBATION' then a.probation_ends_on else a.ceremony_deadline end",
                null, yesterday, unitCode, page));
    }

    private Page<AdmissionApi.Due> due(String condition, String dueColumn, LocalDate from, LocalDate to, String unitCode,
                                       PageRequest page) {
        String under = unitCode == null ? scoped.subtreePath() : units.visible(unitCode).path();
        List<String> cursor = Cursor.parse(page.after(), 2);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select a.id, a.member_id, m.full_name, u.code, a.stage, %2$s as due_on
                        from admission a join member m on m.id = a.member_id join org_unit u on u.id = m.unit_id
                        where u.path <@ cast(:scope as ltree) and u.path <@ cast(:under as ltree) and %1$s
                          and (cast(:afterDate as date) is null or (%2$s, a.id) > (cast(:afterDate as date), cast(:afterId as uuid)))
                        order by due_on, a.id
                        limit :limit""".formatted(condition, dueColumn))
                .setParameter("under", under)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("afterDate", cursor == null ? null : Cursor.date(cursor.get(0)))
                .setParameter("afterId", cursor == null ? null : Cursor.uuid(cursor.get(1)).toString())
                .setParameter("limit", page.limit() + 1)
                .getResultList();
        LocalDate today = VietnamTime.today();
        return Page.fromOverfetch(rows, page.limit(), r -> Cursor.of(Columns.date(r[5]), r[0]))
                .map(r -> new AdmissionApi.Due((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                        AdmissionStage.valueOf((String) r[4]), Columns.date(r[5]), ChronoUnit.DAYS.between(Columns.date(r[5]), today)));
    }

    /** Admissions decided in the period in the unit's subtree against its target, and the same per unit below it. */
    public AdmissionApi.Progress progress(String unitCode, String periodLabel) {
        UnitRef unit = units.visibleOrCallers(unitCode);
        AdmissionPeriod period = AdmissionPeriod.parse(periodLabel);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped.sql("""
                        select c.id, c.code, c.name, sup.target,
                               (select count(*) from admission a join org_unit u on u.id = a.unit_id
                                 where u.path <@ c.path and a.decided_on >= :from and a.decided_on < :until) as admitted,
                               own.target
                        from org_unit c
                        left join admission_target sup on sup.unit_id = c.id and sup.period = :period and sup.setter = 'SUPERIOR'
                        left join admission_target own on own.unit_id = c.id and own.period = :period and own.setter = 'OWN'
                        where (c.id = :unit or c.parent_id = :unit) and c.path <@ cast(:scope as ltree)
                        order by c.id <> :unit, c.code""")
                .setParameter("unit", unit.id())
                .setParameter("from", period.from())
                .setParameter("until", period.until())
                .setParameter("period", period.label())
                .getResultList();
        List<AdmissionApi.Progress> below = new ArrayList<>();
        for (Object[] r : rows.subList(1, rows.size())) {
            below.add(progressRow(r, period.label(), List.of()));
        }
        return progressRow(rows.get(0), period.label(), below);
    }

    private static AdmissionApi.Progress progressRow(Object[] r, String period, List<AdmissionApi.Progress> below) {
        Integer superior = r[3] == null ? null : ((Number) r[3]).intValue();
        long admitted = ((Number) r[4]).longValue();
        Integer own = r[5] == null ? null : ((Number) r[5]).intValue();
        return new AdmissionApi.Progress((String) r[1], (String) r[2], period, admitted,
                superior, superior == null ? null : Percent.of(admitted, superior),
                own, own == null ? null : Percent.of(admitted, own), below);
    }
}
